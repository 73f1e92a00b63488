package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.values.Schemas;
import org.contractfirst.values.ValidValues;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the write checks need: which operations write, and a valid write whose plain text fields carry fresh markers,
 * so that a read ({@link Reads}) can be searched for them (not a discriminator, whose value names a schema).
 */
public final class Writes {

    private static final Set<String> WRITE_METHODS = Set.of("PUT", "PATCH", "POST");
    /**
     * Ends every marker: a letter of Latin-1 and one beyond it, so that a read shows whether text travels through each
     * media type and charset whole (a server that writes XML in another charset than it declares garbles them).
     */
    private static final String NON_ASCII = "-\u00f1\u2713";

    private Writes() {
    }

    /** A valid write with fresh markers, and the markers by the field that carries each. */
    public record MarkedWrite(Call call, Map<String, String> markers) {
    }

    public static boolean isWrite(Operation operation) {
        return WRITE_METHODS.contains(operation.method());
    }

    public static MarkedWrite marked(RunContext context, Operation operation) {
        Call valid = context.requests().valid(operation);
        Map<String, String> markers = new LinkedHashMap<>();
        if (valid.media().isEmpty() || valid.body().isEmpty() || !(valid.body().get() instanceof ObjectNode body)) {
            return new MarkedWrite(valid, markers);
        }
        ObjectNode marked = body.deepCopy();
        Schemas schemas = context.spec().schemas();
        ObjectNode schema = schemas.effective(valid.media().get().schema());
        String discriminator = schema.path("discriminator").path("propertyName").asText("");
        for (Map.Entry<String, JsonNode> property : fields(schema.path("properties"))) {
            if (property.getKey().equals(discriminator)) {
                continue;
            }
            ObjectNode propertySchema = schemas.effective(property.getValue());
            String marker = context.marker() + NON_ASCII;
            if (isPlainText(schemas, propertySchema, marker) && context.target().fixture(property.getKey()).isEmpty()) {
                marked.put(property.getKey(), marker);
                if (context.schemas().errors(valid.media().get().schema(), ValidValues.Direction.REQUEST, marked).isEmpty()) {
                    markers.put(property.getKey(), marker);
                } else if (body.has(property.getKey())) {
                    marked.set(property.getKey(), body.get(property.getKey()));
                } else {
                    marked.remove(property.getKey());
                }
            }
        }
        return new MarkedWrite(valid.withBody(valid.media().get(), marked), markers);
    }

    /** The call with {@code body} in its media type, where the body's schema allows it; empty otherwise. */
    public static Optional<Call> allowed(RunContext context, Call call, JsonNode body) {
        MediaType media = call.media().orElseThrow();
        return context.schemas().errors(media.schema(), ValidValues.Direction.REQUEST, body).isEmpty()
                ? Optional.of(call.withBody(media, body)) : Optional.empty();
    }

    private static boolean isPlainText(Schemas schemas, ObjectNode schema, String marker) {
        return schemas.types(schema).contains("string") && !schema.has("enum") && !schema.has("format")
                && schemas.patterns(schema).isEmpty() && !schema.path("readOnly").asBoolean(false)
                && !schema.path("writeOnly").asBoolean(false)
                && schema.path("maxLength").asInt(Integer.MAX_VALUE) >= marker.length()
                && schema.path("minLength").asInt(0) <= marker.length();
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        return object::fields;
    }
}
