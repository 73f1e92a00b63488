package org.contractfirst.conformance;

import org.contractfirst.conformance.JsonApiServer.Reply;
import org.contractfirst.conformance.JsonApiServer.Request;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.contractfirst.conformance.JsonApiServer.JSON;

/**
 * The Calc API of {@code realworld/calc.yaml}, served as its spec says: {@code GET /calc/{op}/{x}/{y}} computes, in
 * exact decimals, whatever op it is given (an op it does not know computes 0), and refuses with 400 only an op off
 * its pattern or an operand that is no number of the range. No path names nothing, so no answer is a 404 but that of
 * a path outside the API.
 */
final class CalcApi implements JsonApiServer.Api {

    static final String SPEC = "src/test/resources/realworld/calc.yaml";

    private static final Pattern OP = Pattern.compile("[a-z]+");
    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000);

    @Override
    public Reply answer(Request request) {
        List<String> segments = request.segments();
        if (segments.size() != 4 || !segments.get(0).equals("calc")) {
            return Reply.noSuchResource();
        }
        if (!request.method().equals("GET")) {
            return Reply.methods(request.method(), "GET, HEAD, OPTIONS");
        }
        String op = segments.get(1);
        Optional<BigDecimal> x = operand(segments.get(2));
        Optional<BigDecimal> y = operand(segments.get(3));
        if (!OP.matcher(op).matches() || x.isEmpty() || y.isEmpty()) {
            return Reply.error(400, "bad_request", "op must be lower-case letters, x and y numbers from -1e9 to 1e9");
        }
        BigDecimal result = switch (op) {
            case "add" -> x.get().add(y.get());
            case "sub" -> x.get().subtract(y.get());
            case "mul" -> x.get().multiply(y.get());
            default -> BigDecimal.ZERO;
        };
        return Reply.of(200, JSON.createObjectNode().put("result", result));
    }

    /** The number a segment writes, where it is one of the range. */
    private static Optional<BigDecimal> operand(String text) {
        try {
            BigDecimal number = new BigDecimal(text);
            return number.abs().compareTo(LIMIT) <= 0 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
