package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's error shape, for answers to requests no operation describes (a 405, a URL that cannot be read): the
 * answer the operation documents for that status, else the shape of a 4xx or default answer that some operation of
 * the spec documents with a body. The shape, not the values: the codes an error schema enumerates name the errors
 * it was written for, which the answer may be none of.
 */
final class ErrorShapes {

    private static final Set<String> VALUE_KEYWORDS = Set.of("enum", "const");

    private ErrorShapes() {
    }

    /** Empty when the answer is in the API's error shape, or when the API documents no error with a body. */
    static Optional<String> mismatch(Session session, Operation operation, Exchange exchange) {
        Optional<JsonNode> documented = operation.response(exchange.status());
        if (documented.isPresent() && fits(session, documented.get(), exchange, Set.of())) {
            return Optional.empty();
        }
        List<JsonNode> errors = session.spec().operations().stream()
                .flatMap(other -> other.responses().entrySet().stream())
                .filter(entry -> entry.getKey().startsWith("4") || entry.getKey().equals("default"))
                .map(entry -> entry.getValue()).filter(response -> !ApiSpec.fields(response.path("content")).isEmpty())
                .distinct().toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        Set<String> types = new TreeSet<>();
        for (JsonNode response : errors) {
            types.addAll(ApiSpec.fields(response.path("content")).keySet());
            if (fits(session, response, exchange, VALUE_KEYWORDS)) {
                return Optional.empty();
            }
        }
        return Optional.of("a body of the API's error shape, " + types);
    }

    /** Whether the answer is one {@code response} documents: no body where it has no content, else one of its own. */
    private static boolean fits(Session session, JsonNode response, Exchange exchange, Set<String> ignored) {
        Set<String> declared = ApiSpec.fields(response.path("content")).keySet();
        if (declared.isEmpty()) {
            return !exchange.hasBody();
        }
        return exchange.hasBody() && MediaTypes.matching(declared, exchange.mediaType()).isPresent()
                && ResponseSchemaConformance.mismatch(session, response, exchange, ignored).isEmpty();
    }
}
