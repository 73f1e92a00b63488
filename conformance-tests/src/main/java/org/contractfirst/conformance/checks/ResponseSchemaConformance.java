package org.contractfirst.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.values.ValidValues;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The body validates against the schema of its status and media type, as JSON Schema (2020-12, OpenAPI 3.0's
 * dialect translated): JSON as it is, XML read into the same JSON form by its schema's {@code xml} objects, text
 * as a string. Properties the schema does not close stay allowed. An empty body said to be JSON or XML is no
 * document of either. A success the operation does not document is judged by the one it does, where there is one.
 */
public final class ResponseSchemaConformance implements ResponseCheck {

    @Override
    public String name() {
        return "response_schema_conformance";
    }

    @Override
    public String code() {
        return "CF112";
    }

    @Override
    public Optional<String> verify(RunContext context, Recorder recorder, Operation operation, Exchange exchange, Intent intent) {
        Optional<JsonNode> documented = operation.response(exchange.status());
        // A success to bad input is negative_data_rejection's fault to report; the body echoing that input is its consequence.
        boolean acceptedBadInput = intent == Intent.INVALID && exchange.status() >= 200 && exchange.status() < 300;
        if (exchange.request().method().equals("HEAD") || acceptedBadInput) {
            return Optional.empty();
        }
        if (documented.isPresent()) {
            return mismatch(context, documented.get(), exchange);
        }
        return onlySuccess(operation, exchange.status()).flatMap(success -> mismatch(context, success.getValue(), exchange)
                .map(expected -> expected + " (the " + exchange.status() + " is undocumented: judged as the one success the"
                        + " operation documents, " + success.getKey() + ")"));
    }

    /**
     * For an undocumented success, the one success the operation documents, where it documents exactly one: the
     * status is status_code_conformance's to report, and the body is still what that success promises.
     */
    private static Optional<Map.Entry<String, JsonNode>> onlySuccess(Operation operation, int status) {
        if (status / 100 != 2) {
            return Optional.empty();
        }
        List<Map.Entry<String, JsonNode>> successes = operation.responses().entrySet().stream()
                .filter(response -> response.getKey().startsWith("2")).toList();
        return successes.size() == 1 ? Optional.of(successes.get(0)) : Optional.empty();
    }

    /** What is wrong with the exchange's body as one of the documented {@code response}; empty when nothing is. */
    static Optional<String> mismatch(RunContext context, JsonNode response, Exchange exchange) {
        return mismatch(context, response, exchange, Set.of());
    }

    /** As {@link #mismatch(RunContext, JsonNode, Exchange)}, not judging the {@code ignored} keywords. */
    static Optional<String> mismatch(RunContext context, JsonNode response, Exchange exchange, Set<String> ignored) {
        Map<String, JsonNode> content = ApiSpec.fields(response.path("content"));
        if (!exchange.hasBody()) {
            return content.isEmpty() || !claimsADocument(exchange) ? Optional.empty()
                    : Optional.of("a body of " + content.keySet() + ", not an empty one");
        }
        Optional<String> declared = MediaTypes.matching(content.keySet(), exchange.mediaType());
        if (declared.isEmpty() || !content.get(declared.get()).has("schema")) {
            return Optional.empty();
        }
        JsonNode schema = content.get(declared.get()).get("schema");
        String type = exchange.mediaType();
        List<String> errors;
        if (MediaType.isXml(type)) {
            try {
                errors = context.schemas().errors(schema, ValidValues.Direction.RESPONSE, context.xml().read(exchange.text(), schema),
                        ignored);
            } catch (IllegalArgumentException e) {
                return Optional.of("an XML body of the documented schema (" + e.getMessage() + ")");
            }
        } else if (MediaType.isJson(type)) {
            errors = context.schemas().errors(schema, ValidValues.Direction.RESPONSE, exchange.text(), ignored);
        } else if (type.startsWith("text/") && isString(context, schema)) {
            errors = context.schemas().errors(schema, ValidValues.Direction.RESPONSE, new TextNode(exchange.text()), ignored);
        } else {
            return Optional.empty();
        }
        return errors.isEmpty() ? Optional.empty()
                : Optional.of("a body of the documented schema: " + String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
    }

    /**
     * Whether an empty answer says it is a JSON or XML document, which no empty body is: a response's content lists
     * the payloads it may have (OAS 3.0.3 §4.7.17), so an empty one that claims no type is not judged.
     */
    private static boolean claimsADocument(Exchange exchange) {
        String type = exchange.mediaType();
        return MediaType.isJson(type) || MediaType.isXml(type);
    }

    private static boolean isString(RunContext context, JsonNode schema) {
        var types = context.spec().schemas().types(context.spec().schemas().effective(schema));
        return types.size() <= 2 && types.contains("string");
    }
}
