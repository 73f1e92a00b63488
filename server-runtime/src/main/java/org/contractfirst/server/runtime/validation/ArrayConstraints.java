package org.contractfirst.server.runtime.validation;

import org.contractfirst.server.runtime.errors.InvalidInputException;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.contractfirst.values.Schemas;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Java types a JSON body is bound to cannot hold of its arrays: a list of unique items is bound to a set,
 * which drops a repeated item without a word; a list that is the body itself carries no count of its items; an item
 * that is null passes the item's constraints. So the arrays of a JSON request body are held to their schema's
 * {@code minItems}, {@code maxItems}, {@code uniqueItems} and items' nullability before the body is bound, at any
 * depth its schema describes; a body that breaks them is the API's invalid input.
 */
public final class ArrayConstraints implements ReaderInterceptor {

    private final ServedSpec spec;
    private final ObjectMapper json;
    /** Whether each request schema met so far has an array anywhere: a body whose schema has none is not read twice. */
    private final Map<JsonNode, Boolean> holdsArrays = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    public ArrayConstraints(ServedSpec spec, ObjectMapper json) {
        this.spec = spec;
        this.json = json;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        Optional<JsonNode> schema = type == null || !isJson(type) ? Optional.empty()
                : CurrentOperation.id().flatMap(operation -> spec.requestSchema(operation, type));
        if (schema.isEmpty() || !holdsArrays.computeIfAbsent(schema.get(), node -> holdsArrays(spec.schemas(), node,
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonNode value;
        try {
            value = json.readTree(body);
        } catch (JsonProcessingException unreadable) {
            // Binding says what is wrong with it, in the words it has for every other body.
            return context.proceed();
        }
        if (value != null) {
            check(spec.schemas(), schema.get(), value, "body");
        }
        return context.proceed();
    }

    /**
     * Whether an array may stand anywhere in a value of the schema, as deep as {@link #check} looks; each schema is
     * looked into once, so that a recursive one ends.
     */
    private static boolean holdsArrays(Schemas schemas, JsonNode schema, Set<JsonNode> seen) {
        if (schema.isMissingNode() || !seen.add(schemas.document().resolve(schema))) {
            return false;
        }
        ObjectNode effective = schemas.effective(schema);
        if (effective.has("oneOf") || effective.has("anyOf")) {
            return false;
        }
        if (effective.has("items") || effective.has("minItems") || effective.has("maxItems") || effective.has("uniqueItems")) {
            return true;
        }
        Iterator<JsonNode> properties = effective.path("properties").elements();
        while (properties.hasNext()) {
            if (holdsArrays(schemas, properties.next(), seen)) {
                return true;
            }
        }
        return effective.path("additionalProperties").isObject()
                && holdsArrays(schemas, effective.get("additionalProperties"), seen);
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    private static void check(Schemas schemas, JsonNode schema, JsonNode value, String where) {
        if (schema.isMissingNode() || value == null) {
            return;
        }
        ObjectNode effective = schemas.effective(schema);
        if (effective.has("oneOf") || effective.has("anyOf")) {
            return;
        }
        if (value.isArray()) {
            int size = value.size();
            if (effective.has("minItems") && size < effective.get("minItems").asInt()) {
                throw new InvalidInputException(where + ": at least " + effective.get("minItems").asInt() + " items");
            }
            if (effective.has("maxItems") && size > effective.get("maxItems").asInt()) {
                throw new InvalidInputException(where + ": at most " + effective.get("maxItems").asInt() + " items");
            }
            if (effective.path("uniqueItems").asBoolean(false) && items(value).size() < size) {
                throw new InvalidInputException(where + ": items must be unique");
            }
            JsonNode items = effective.path("items");
            // Only a type named refuses null: a schema that names none (OAS 3.1's {properties: ...}) allows it.
            ObjectNode itemSchema = items.isMissingNode() ? null : schemas.effective(items);
            boolean nullable = itemSchema == null || !itemSchema.has("type") || schemas.allowsNull(itemSchema);
            for (int i = 0; i < size; i++) {
                if (value.get(i).isNull() && !nullable) {
                    throw new InvalidInputException(where + "[" + i + "]: must not be null");
                }
                check(schemas, items, value.get(i), where + "[" + i + "]");
            }
        } else if (value.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode property = effective.path("properties").path(field.getKey());
                if (property.isMissingNode() && effective.path("additionalProperties").isObject()) {
                    property = effective.get("additionalProperties");
                }
                check(schemas, property, field.getValue(), where.equals("body") ? field.getKey() : where + "." + field.getKey());
            }
        }
    }

    private static Set<JsonNode> items(JsonNode array) {
        Set<JsonNode> items = new java.util.LinkedHashSet<>();
        array.forEach(items::add);
        return items;
    }
}
