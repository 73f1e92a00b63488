package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.contractfirst.conformance.JsonApiServer.Reply;
import org.contractfirst.conformance.JsonApiServer.Request;

import java.util.List;
import java.util.Optional;

import static org.contractfirst.conformance.JsonApiServer.JSON;

/**
 * The Reports API of {@code realworld/reports.yaml}, served as its spec says: a caller without the one valid bearer
 * token (none, or a wrong one) is refused with 400 when it names no share key either, and with 401, which the spec's
 * default covers, when it names one (this server issued none). A caller with the token gets the reports.
 */
final class ReportsApi implements JsonApiServer.Api {

    static final String SPEC = "src/test/resources/realworld/reports.yaml";
    static final String TOKEN = "reports-token";

    private static final List<String> TITLES = List.of("Sales, January", "Sales, February", "Returns, Q1");

    @Override
    public Reply answer(Request request) {
        if (!request.segments().equals(List.of("reports"))) {
            return Reply.noSuchResource();
        }
        if (!request.method().equals("GET")) {
            return Reply.methods(request.method(), "GET, HEAD, OPTIONS");
        }
        if (!request.header("Authorization").filter(("Bearer " + TOKEN)::equals).isPresent()) {
            return request.query().containsKey("shareKey")
                    ? Reply.error(401, "unauthorized", "this share key was not issued here").with("WWW-Authenticate", "Bearer")
                    : Reply.error(400, "bad_request", "a bearer credential or a share key is required");
        }
        Optional<Integer> limit = limit(request.query().getOrDefault("limit", "20"));
        if (limit.isEmpty()) {
            return Reply.error(400, "bad_request", "limit: an integer from 1 to 100");
        }
        ArrayNode reports = JSON.createArrayNode();
        for (int i = 0; i < Math.min(limit.get(), TITLES.size()); i++) {
            reports.addObject().put("id", "r" + (i + 1)).put("title", TITLES.get(i));
        }
        return Reply.of(200, JSON.createObjectNode().set("reports", reports));
    }

    private static Optional<Integer> limit(String text) {
        try {
            int limit = Integer.parseInt(text);
            return limit >= 1 && limit <= 100 ? Optional.of(limit) : Optional.empty();
        } catch (NumberFormatException notAnInteger) {
            return Optional.empty();
        }
    }
}
