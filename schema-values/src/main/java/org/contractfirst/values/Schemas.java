package org.contractfirst.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Schemas as OpenAPI 3.0 and 3.1 mean them, read the same way: references followed (in 3.1 with their siblings),
 * {@code allOf} merged into one schema, the types a value may have ({@code nullable} in 3.0, type arrays and
 * {@code "null"} in 3.1), exclusive bounds in either spelling, and examples in either form.
 */
public final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";
    private static final Set<String> ALL_TYPES = Set.of("string", "number", "integer", "boolean", "array", "object", "null");

    private final OpenApiDocument document;
    private final Map<JsonNode, ObjectNode> merged = new IdentityHashMap<>();

    public Schemas(OpenApiDocument document) {
        this.document = document;
    }

    public OpenApiDocument document() {
        return document;
    }

    /**
     * The schema as one object: its reference followed, every {@code allOf} branch merged in (properties joined,
     * required joined, the tighter of each bound), the result kept for the next call. A schema with a {@code oneOf}
     * or {@code anyOf} keeps it, to be chosen from. Synchronized: a server reads one spec from many threads, and a
     * result is kept before it is filled, so that a schema referring to itself ends.
     */
    public synchronized ObjectNode effective(JsonNode schema) {
        JsonNode key = schema == null ? NODES.missingNode() : schema;
        ObjectNode known = merged.get(key);
        if (known != null) {
            return known;
        }
        ObjectNode result = NODES.objectNode();
        merged.put(key, result);
        fill(result, key, 0);
        componentName(document.resolve(key)).ifPresent(name -> discriminated(result, name));
        return result;
    }

    /**
     * A discriminator over {@code allOf} inheritance (OAS 3.0.3 §4.7.25, "allOf-based models"): a value of the base is
     * a value of one of the schemas that extend it, as if the base listed them in a {@code oneOf}; a value of a schema
     * with no extension of its own carries that schema's name (or its mapping key) in the discriminator property.
     */
    private void discriminated(ObjectNode result, String name) {
        String property = result.path("discriminator").path("propertyName").asText("");
        if (property.isEmpty() || result.has("oneOf") || result.has("anyOf")) {
            return;
        }
        List<String> extensions = extensionsOf(name);
        if (!extensions.isEmpty()) {
            ArrayNode oneOf = result.putArray("oneOf");
            extensions.forEach(extension -> oneOf.addObject().put("$ref", COMPONENT_SCHEMAS + extension));
            return;
        }
        String value = name;
        for (Map.Entry<String, JsonNode> mapping : (Iterable<Map.Entry<String, JsonNode>>)
                () -> result.path("discriminator").path("mapping").fields()) {
            String target = mapping.getValue().asText();
            if (target.equals(name) || target.equals(COMPONENT_SCHEMAS + name)) {
                value = mapping.getKey();
            }
        }
        ObjectNode properties = result.has("properties") ? (ObjectNode) result.get("properties") : result.putObject("properties");
        ObjectNode pinned = NODES.objectNode();
        pinned.putArray("allOf").add(properties.path(property).isObject() ? properties.get(property) : NODES.objectNode())
                .addObject().putArray("enum").add(value);
        properties.set(property, pinned);
    }

    /**
     * The values of a discriminator's property that select {@code branch} of its {@code oneOf} or {@code anyOf}, most
     * telling first: the mapping keys that point to it, its schema's name (the implicit mapping), and the
     * {@code const} or {@code enum} the branch itself gives the property (as OpenAPI 3.1 specs do).
     */
    public List<JsonNode> discriminatorNames(JsonNode discriminator, JsonNode branch) {
        Set<JsonNode> names = new LinkedHashSet<>();
        String reference = branch.path("$ref").asText("");
        if (!reference.isEmpty()) {
            String name = reference.substring(reference.lastIndexOf('/') + 1);
            discriminator.path("mapping").fields().forEachRemaining(mapping -> {
                if (mapping.getValue().asText().equals(reference) || mapping.getValue().asText().equals(name)) {
                    names.add(NODES.textNode(mapping.getKey()));
                }
            });
            names.add(NODES.textNode(name));
        }
        ObjectNode own = effective(effective(branch).path("properties").path(discriminator.path("propertyName").asText("")));
        if (own.has("const")) {
            names.add(own.get("const"));
        }
        own.path("enum").forEach(names::add);
        return List.copyOf(names);
    }

    /** The component schemas whose {@code allOf} names {@code name}'s schema. */
    private List<String> extensionsOf(String name) {
        List<String> extensions = new ArrayList<>();
        document.at("/components/schemas").fields().forEachRemaining(component -> {
            for (JsonNode branch : component.getValue().path("allOf")) {
                if (branch.path("$ref").asText("").equals(COMPONENT_SCHEMAS + name)) {
                    extensions.add(component.getKey());
                }
            }
        });
        return extensions;
    }

    /** The name under {@code components/schemas} of the node, if it is one of them. */
    private Optional<String> componentName(JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> components = document.at("/components/schemas").fields();
        while (components.hasNext()) {
            Map.Entry<String, JsonNode> component = components.next();
            if (component.getValue() == node) {
                return Optional.of(component.getKey());
            }
        }
        return Optional.empty();
    }

    private void fill(ObjectNode into, JsonNode schema, int depth) {
        if (depth > 32 || schema == null || !schema.isObject()) {
            if (schema != null && schema.isBoolean() && !schema.asBoolean()) {
                into.put("not", true);
            }
            return;
        }
        if (schema.has("$ref")) {
            fill(into, document.resolve(schema), depth + 1);
            if (!document.isOpenApi31()) {
                return;
            }
        }
        schema.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "$ref" -> { }
                case "allOf" -> field.getValue().forEach(branch -> fill(into, branch, depth + 1));
                default -> mergeKeyword(into, field.getKey(), field.getValue());
            }
        });
    }

    private void mergeKeyword(ObjectNode into, String keyword, JsonNode value) {
        JsonNode existing = into.get(keyword);
        if (existing == null) {
            into.set(keyword, value.deepCopy());
            return;
        }
        switch (keyword) {
            case "properties" -> value.fields().forEachRemaining(property -> {
                JsonNode before = existing.get(property.getKey());
                ((ObjectNode) existing).set(property.getKey(), before == null ? property.getValue()
                        : NODES.objectNode().set("allOf", NODES.arrayNode().add(before).add(property.getValue())));
            });
            case "required" -> value.forEach(name -> {
                if (!contains(existing, name)) {
                    ((ArrayNode) existing).add(name);
                }
            });
            case "minLength", "minItems", "minProperties", "minimum" -> into.set(keyword, max(existing, value));
            case "maxLength", "maxItems", "maxProperties", "maximum" -> into.set(keyword, min(existing, value));
            case "exclusiveMinimum" -> into.set(keyword, value.isNumber() && existing.isNumber() ? max(existing, value)
                    : value.isBoolean() ? NODES.booleanNode(existing.asBoolean() || value.asBoolean()) : value);
            case "exclusiveMaximum" -> into.set(keyword, value.isNumber() && existing.isNumber() ? min(existing, value)
                    : value.isBoolean() ? NODES.booleanNode(existing.asBoolean() || value.asBoolean()) : value);
            case "enum" -> {
                ArrayNode both = NODES.arrayNode();
                existing.forEach(member -> {
                    if (contains(value, member)) {
                        both.add(member);
                    }
                });
                into.set(keyword, both);
            }
            case "type" -> {
                Set<String> kept = new LinkedHashSet<>(typeNames(existing));
                kept.retainAll(typeNames(value));
                ArrayNode types = NODES.arrayNode();
                kept.forEach(types::add);
                into.set(keyword, types.size() == 1 ? types.get(0) : types);
            }
            case "pattern" -> {
                ArrayNode patterns = into.has("x-patterns") ? (ArrayNode) into.get("x-patterns") : into.putArray("x-patterns");
                patterns.add(value);
            }
            case "nullable" -> into.put(keyword, existing.asBoolean() && value.asBoolean());
            case "readOnly", "writeOnly", "uniqueItems" -> into.put(keyword, existing.asBoolean() || value.asBoolean());
            case "additionalProperties" -> {
                if (value.isBoolean() && !value.asBoolean() || existing.isObject() && !value.isBoolean()) {
                    into.set(keyword, value);
                }
            }
            default -> { }
        }
    }

    /** The patterns a value must match: its own, and those that {@code allOf} branches added. */
    public List<String> patterns(ObjectNode effective) {
        List<String> patterns = new ArrayList<>();
        if (effective.has("pattern")) {
            patterns.add(effective.get("pattern").asText());
        }
        effective.path("x-patterns").forEach(pattern -> patterns.add(pattern.asText()));
        return patterns;
    }

    /**
     * The JSON types a value of the schema may have: its {@code type} (a name, or a list in 3.1), {@code "null"} where
     * it is nullable; when it names none, the types its keywords imply, else every type.
     */
    public Set<String> types(ObjectNode effective) {
        Set<String> types = new LinkedHashSet<>();
        if (effective.has("type")) {
            types.addAll(typeNames(effective.get("type")));
        } else if (effective.has("properties") || effective.has("required") || effective.has("additionalProperties")) {
            types.add("object");
        } else if (effective.has("items") || effective.has("prefixItems")) {
            types.add("array");
        } else if (effective.has("minLength") || effective.has("maxLength") || effective.has("pattern")
                || effective.has("format") && !effective.has("minimum")) {
            types.add("string");
        } else if (effective.has("minimum") || effective.has("maximum") || effective.has("multipleOf")) {
            types.add("number");
        } else if (effective.has("const")) {
            types.add(jsonType(effective.get("const")));
        } else if (effective.has("enum") && !effective.get("enum").isEmpty()) {
            effective.get("enum").forEach(member -> types.add(jsonType(member)));
        } else {
            types.addAll(ALL_TYPES);
        }
        if (!document.isOpenApi31() && effective.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        return types;
    }

    public boolean allowsNull(ObjectNode effective) {
        return types(effective).contains("null") || effective.has("enum") && contains(effective.get("enum"), NODES.nullNode());
    }

    /** The lower bound of a number and whether it is exclusive, in 3.0's or 3.1's spelling. */
    public Optional<Bound> lower(ObjectNode effective) {
        return bound(effective, "minimum", "exclusiveMinimum", true);
    }

    public Optional<Bound> upper(ObjectNode effective) {
        return bound(effective, "maximum", "exclusiveMaximum", false);
    }

    /** A numeric bound: its value, and whether the value itself is outside. */
    public record Bound(BigDecimal value, boolean exclusive) {

        /**
         * How many {@code step}s from zero the multiple of {@code step} nearest this bound on its inside lies (the
         * bound itself where it is one and inclusive): above a {@code lower} bound, else below.
         */
        public BigInteger stepsInside(BigDecimal step, boolean lower) {
            BigInteger steps = value.divide(step, 0, lower ? RoundingMode.CEILING : RoundingMode.FLOOR).toBigInteger();
            if (exclusive && new BigDecimal(steps).multiply(step).compareTo(value) == 0) {
                steps = lower ? steps.add(BigInteger.ONE) : steps.subtract(BigInteger.ONE);
            }
            return steps;
        }

        /** The multiple of {@code step} nearest this bound on its inside ({@link #stepsInside}). */
        public BigDecimal firstMultipleInside(BigDecimal step, boolean lower) {
            return new BigDecimal(stepsInside(step, lower)).multiply(step).stripTrailingZeros();
        }
    }

    private Optional<Bound> bound(ObjectNode effective, String inclusive, String exclusive, boolean lower) {
        JsonNode exclusiveValue = effective.get(exclusive);
        Bound inclusiveBound = effective.has(inclusive) ? new Bound(effective.get(inclusive).decimalValue(),
                exclusiveValue != null && exclusiveValue.isBoolean() && exclusiveValue.asBoolean()) : null;
        Bound exclusiveBound = exclusiveValue != null && exclusiveValue.isNumber()
                ? new Bound(exclusiveValue.decimalValue(), true) : null;
        if (inclusiveBound == null || exclusiveBound == null) {
            return Optional.ofNullable(inclusiveBound != null ? inclusiveBound : exclusiveBound);
        }
        int order = inclusiveBound.value().compareTo(exclusiveBound.value());
        boolean exclusiveIsTighter = lower ? order <= 0 : order >= 0;
        return Optional.of(exclusiveIsTighter ? exclusiveBound : inclusiveBound);
    }

    /** The examples a schema documents: {@code example} (3.0) and the members of {@code examples} (3.1). */
    public List<JsonNode> examples(ObjectNode effective) {
        List<JsonNode> examples = new ArrayList<>();
        if (effective.has("example")) {
            examples.add(effective.get("example"));
        }
        if (effective.path("examples").isArray()) {
            effective.get("examples").forEach(examples::add);
        }
        return examples;
    }

    /** The names listed in {@code required}. */
    public static List<String> required(JsonNode effective) {
        List<String> names = new ArrayList<>();
        effective.path("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    public static String jsonType(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        return value.isTextual() ? "string" : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object";
    }

    private static Set<String> typeNames(JsonNode type) {
        Set<String> names = new LinkedHashSet<>();
        if (type.isArray()) {
            type.forEach(name -> names.add(name.asText()));
        } else {
            names.add(type.asText());
        }
        return names;
    }

    private static boolean contains(JsonNode array, JsonNode member) {
        for (JsonNode candidate : array) {
            if (candidate.equals(member)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode max(JsonNode a, JsonNode b) {
        return a.decimalValue().compareTo(b.decimalValue()) >= 0 ? a : b;
    }

    private static JsonNode min(JsonNode a, JsonNode b) {
        return a.decimalValue().compareTo(b.decimalValue()) <= 0 ? a : b;
    }
}
