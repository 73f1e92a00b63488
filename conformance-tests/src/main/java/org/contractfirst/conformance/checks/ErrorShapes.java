package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The error shape of refusals the spec's operations do not plan for (a 405, a URL that cannot be read, a body too
 * deep). Where the operation documents the status (by its code, range or {@code default}), the answer is one of
 * that response's: a failure otherwise. Where it does not, nothing in the spec says which shape the answer takes:
 * an answer in no shape that some operation documents for a 4xx or {@code default} is a spec finding, not a
 * failure. The shape, not the values: the codes an error schema enumerates name the errors it was written for.
 */
final class ErrorShapes {

    private static final Set<String> VALUE_KEYWORDS = Set.of("enum", "const");

    private ErrorShapes() {
    }

    /** What the answer should have been, where the operation's own response for its status says; else empty. */
    static Optional<String> mismatch(RunContext context, Recorder recorder, Operation operation, Exchange exchange) {
        Optional<JsonNode> documented = operation.response(exchange.status());
        if (documented.isPresent()) {
            return fits(context, documented.get(), exchange, Set.of()) ? Optional.empty()
                    : Optional.of("the documented " + operation.documentedKey(exchange.status()).orElseThrow() + " answer, "
                    + describe(documented.get()));
        }
        borrowedShapeMismatch(context, exchange).ifPresent(shape -> recorder.finding("refusals-documented", operation,
                "answers an undocumented " + exchange.status() + " in no error shape the spec documents " + shape + ", so its shape cannot be judged"));
        return Optional.empty();
    }

    /** The error shapes the spec documents, when the answer has none of them; empty when it has one or there is none. */
    private static Optional<String> borrowedShapeMismatch(RunContext context, Exchange exchange) {
        List<JsonNode> errors = context.spec().operations().stream()
                .flatMap(other -> other.responses().entrySet().stream())
                .filter(entry -> entry.getKey().startsWith("4") || entry.getKey().equals("default"))
                .map(entry -> entry.getValue()).filter(response -> !ApiSpec.fields(response.path("content")).isEmpty())
                .distinct().toList();
        Set<String> types = new TreeSet<>();
        for (JsonNode response : errors) {
            types.addAll(ApiSpec.fields(response.path("content")).keySet());
            if (fits(context, response, exchange, VALUE_KEYWORDS)) {
                return Optional.empty();
            }
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(types.toString());
    }

    private static String describe(JsonNode response) {
        return "a body of " + ApiSpec.fields(response.path("content")).keySet();
    }

    /** Whether the answer is one {@code response} documents: no body where it has no content, else one of its own. */
    private static boolean fits(RunContext context, JsonNode response, Exchange exchange, Set<String> ignored) {
        Set<String> declared = ApiSpec.fields(response.path("content")).keySet();
        if (declared.isEmpty()) {
            // OpenAPI leaves a response without content undescribed, not empty (see ContentTypeConformance).
            return true;
        }
        return exchange.hasBody() && MediaTypes.matching(declared, exchange.mediaType()).isPresent()
                && ResponseSchemaConformance.mismatch(context, response, exchange, ignored).isEmpty();
    }
}
