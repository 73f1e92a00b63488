package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.util.List;

/**
 * Values that fit a schema, in this order of preference: the schema's example, its default, its first enum value,
 * then a value built from its type and constraints. Objects get their required fields only.
 */
final class Samples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiSpec spec;

    Samples(ApiSpec spec) {
        this.spec = spec;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    JsonNode of(Schema schema) {
        Schema resolved = spec.resolve(schema);
        if (resolved == null) {
            return NODES.textNode("sample");
        }
        if (resolved.getExample() != null) {
            return Json.mapper().valueToTree(resolved.getExample());
        }
        if (resolved.getDefault() != null) {
            return Json.mapper().valueToTree(resolved.getDefault());
        }
        if (resolved.getEnum() != null && !resolved.getEnum().isEmpty() && resolved.getEnum().get(0) != null) {
            return Json.mapper().valueToTree(resolved.getEnum().get(0));
        }
        List<Schema> variants = resolved.getAnyOf() != null ? resolved.getAnyOf() : resolved.getOneOf();
        if (variants != null && !variants.isEmpty()) {
            return of(variants.get(0));
        }
        String type = resolved.getType() != null ? resolved.getType()
                : resolved.getProperties() != null ? "object" : "string";
        return switch (type) {
            case "object" -> object(resolved);
            case "array" -> {
                ArrayNode items = NODES.arrayNode();
                int count = Math.max(1, resolved.getMinItems() == null ? 1 : resolved.getMinItems());
                for (int i = 0; i < count; i++) {
                    items.add(of(resolved.getItems()));
                }
                yield items;
            }
            case "integer" -> NODES.numberNode(resolved.getMinimum() == null ? 1 : resolved.getMinimum().intValue());
            case "number" -> NODES.numberNode(resolved.getMinimum() == null ? 1.5 : resolved.getMinimum().doubleValue());
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(string(resolved, "sample"));
        };
    }

    /** A string of the schema's format and length; {@code base} where the format allows any text. */
    @SuppressWarnings("rawtypes")
    static String string(Schema schema, String base) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "date-time" -> "2026-12-01T10:00:00Z";
            case "date" -> "2026-12-01";
            case "uuid" -> "3f9c7a52-8d41-4b8e-9a43-6f1b2d7e5c10";
            case "email" -> "someone@example.com";
            case "uri" -> "https://example.com/" + base;
            default -> base;
        };
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
        if (value.length() < min) {
            value = value + "x".repeat(min - value.length());
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private ObjectNode object(Schema schema) {
        ObjectNode object = NODES.objectNode();
        if (schema.getProperties() == null) {
            return object;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        ((java.util.Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
            if (required.contains(name) && !"binary".equals(spec.resolve(property).getFormat())) {
                object.set(name, of(property));
            }
        });
        return object;
    }
}
