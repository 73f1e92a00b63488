package org.contractfirst.conformance.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.values.ValidValues;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates JSON values against the spec's schemas as JSON Schema 2020-12 (networknt's validator): an OpenAPI 3.1
 * schema as it is, a 3.0 one translated from OpenAPI's dialect ({@code nullable}, boolean exclusive bounds, no
 * siblings beside {@code $ref}). Formats that JSON Schema and OpenAPI's registry name are asserted
 * ({@link OpenApiFormats}); others are left to the schema's pattern. A discriminator's property takes one of the
 * names that select a branch. In a request, {@code readOnly} properties are not required; in a response, {@code writeOnly} ones are not.
 */
public final class JsonSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> OPENAPI_ONLY = Set.of("nullable", "discriminator", "xml", "externalDocs", "example",
            "deprecated");
    private static final Set<String> SUBSCHEMA = Set.of("items", "additionalProperties", "not", "contains", "if", "then",
            "else", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems", "contentSchema");
    private static final Set<String> SUBSCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SUBSCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas");

    private final ApiSpec spec;
    private final SchemaRegistry registry;
    private final Map<ValidValues.Direction, String> documents = new java.util.EnumMap<>(ValidValues.Direction.class);
    private final Map<ValidValues.Direction, Map<JsonNode, Schema>> compiled = new java.util.EnumMap<>(ValidValues.Direction.class);
    /** Where {@link org.contractfirst.values.Schemas#effective} keeps the patterns of merged {@code allOf} branches. */
    private static final String MERGED_PATTERNS = "x-patterns";

    private final Map<JsonNode, Schema> built = new java.util.HashMap<>();
    private int wrappers;

    public JsonSchemas(ApiSpec spec) {
        this.spec = spec;
        Map<String, String> resources = new java.util.HashMap<>();
        for (ValidValues.Direction direction : ValidValues.Direction.values()) {
            String uri = "https://conformance.invalid/" + direction.name().toLowerCase() + "/openapi.json";
            documents.put(direction, uri);
            compiled.put(direction, new IdentityHashMap<>());
            resources.put(uri, convertDocument(spec.document().root(), direction).toString());
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(OpenApiFormats.dialect(),
                builder -> builder.schemas(resources).schemaRegistryConfig(config));
    }

    /** What is wrong with {@code json} (a JSON text) as a value of {@code schema}, a schema node of the spec; empty when it fits. */
    public List<String> errors(JsonNode schema, ValidValues.Direction direction, String json) {
        return errors(schema, direction, json, Set.of());
    }

    /**
     * As {@link #errors(JsonNode, ValidValues.Direction, String)}, leaving out the errors of the {@code ignored}
     * keywords: {@code enum} and {@code const} to judge a value's shape apart from which values it names.
     */
    public List<String> errors(JsonNode schema, ValidValues.Direction direction, String json, Set<String> ignored) {
        List<String> messages = new ArrayList<>();
        try {
            for (Error error : compiled(schema, direction).validate(json, InputFormat.JSON)) {
                if (!ignored.contains(error.getKeyword())) {
                    messages.add(error.toString());
                }
            }
        } catch (RuntimeException unreadable) {
            messages.add("not JSON: " + unreadable.getMessage());
        }
        return messages;
    }

    /** The keywords of {@code schema} that {@code value} breaks; empty when it fits. */
    public Set<String> failingKeywords(JsonNode schema, ValidValues.Direction direction, JsonNode value) {
        Set<String> keywords = new java.util.TreeSet<>();
        try {
            for (Error error : compiled(schema, direction).validate(value.toString(), InputFormat.JSON)) {
                keywords.add(error.getKeyword());
            }
        } catch (RuntimeException unreadable) {
            keywords.add("type");
        }
        return keywords;
    }

    /**
     * Whether {@code value} breaks {@code schema}'s {@code keywords} and nothing else: it fails the schema, and
     * passes it once those keywords are taken out of its top level (a schema of the spec, resolved and merged).
     */
    public boolean breaksOnly(ObjectNode schema, JsonNode value, Set<String> keywords) {
        ObjectNode without = schema.deepCopy();
        keywords.forEach(without::remove);
        if (keywords.contains("pattern")) {
            without.remove(MERGED_PATTERNS);
        }
        return !validate(adHoc(schema), value).isEmpty() && validate(adHoc(without), value).isEmpty();
    }

    private List<Error> validate(Schema schema, JsonNode value) {
        return schema.validate(value.toString(), InputFormat.JSON);
    }

    /** A schema built by the suite, not a node of the spec: cached by its content, as it is built anew each time. */
    private Schema adHoc(ObjectNode schema) {
        synchronized (this) {
            return built.computeIfAbsent(schema, node -> compile(withMergedPatterns(node), ValidValues.Direction.REQUEST));
        }
    }

    /** The patterns a merged {@code allOf} left beside the schema's own, as the {@code allOf} they came from. */
    private static JsonNode withMergedPatterns(JsonNode schema) {
        if (!schema.has(MERGED_PATTERNS)) {
            return schema;
        }
        ObjectNode copy = schema.deepCopy();
        ArrayNode allOf = copy.withArray("allOf");
        copy.remove(MERGED_PATTERNS).forEach(pattern -> allOf.addObject().set("pattern", pattern));
        return copy;
    }

    private Schema compiled(JsonNode schema, ValidValues.Direction direction) {
        synchronized (this) {
            return compiled.get(direction).computeIfAbsent(schema, node -> compile(node, direction));
        }
    }

    public List<String> errors(JsonNode schema, ValidValues.Direction direction, JsonNode value) {
        return errors(schema, direction, value.toString());
    }

    public List<String> errors(JsonNode schema, ValidValues.Direction direction, JsonNode value, Set<String> ignored) {
        return errors(schema, direction, value.toString(), ignored);
    }

    /** The schema as its own resource, whose references point into the translated document. */
    private Schema compile(JsonNode schema, ValidValues.Direction direction) {
        ObjectNode wrapper = NODES.objectNode();
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.put("$id", "https://conformance.invalid/schema/" + (++wrappers) + ".json");
        JsonNode converted = convert(schema, direction, documents.get(direction));
        if (converted.isBoolean()) {
            wrapper.set("allOf", NODES.arrayNode().add(converted));
        } else if (converted.isObject()) {
            wrapper.setAll((ObjectNode) converted);
        }
        return registry.getSchema(SchemaLocation.of(wrapper.get("$id").asText()), tools(wrapper));
    }

    private static tools.jackson.databind.JsonNode tools(JsonNode node) {
        return new tools.jackson.databind.ObjectMapper().readTree(node.toString());
    }

    /** The spec with every schema in it translated, so that references from one schema to another land on a translated one. */
    private JsonNode convertDocument(JsonNode root, ValidValues.Direction direction) {
        ObjectNode copy = root.deepCopy();
        convertSchemaPositions(copy, direction);
        return copy;
    }

    /** Every place OpenAPI puts a schema: components, parameters, headers and media types, at any depth of the document. */
    private void convertSchemaPositions(JsonNode node, ValidValues.Direction direction) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (name.equals("schema") && (child.isObject() || child.isBoolean())) {
                    object.set(name, convert(child, direction, null));
                } else if (name.equals("schemas") && child.isObject()) {
                    List<String> schemaNames = new ArrayList<>();
                    child.fieldNames().forEachRemaining(schemaNames::add);
                    for (String schemaName : schemaNames) {
                        ((ObjectNode) child).set(schemaName, convert(child.get(schemaName), direction, null));
                    }
                } else if (!name.equals("example") && !name.equals("examples")) {
                    convertSchemaPositions(child, direction);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> convertSchemaPositions(item, direction));
        }
    }

    /**
     * One schema in JSON Schema 2020-12 terms: references made absolute against {@code base} (null keeps them local),
     * OpenAPI 3.0's spellings translated, OpenAPI's own keywords dropped, and required lists without the properties
     * the other side writes.
     */
    private JsonNode convert(JsonNode schema, ValidValues.Direction direction, String base) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        boolean openApi30 = !spec.document().isOpenApi31();
        ObjectNode out = NODES.objectNode();
        if (schema.has("$ref")) {
            String reference = schema.get("$ref").asText();
            out.put("$ref", base != null && reference.startsWith("#") ? base + reference : reference);
            if (openApi30) {
                return out;
            }
        }
        schema.fields().forEachRemaining(field -> {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            if (keyword.equals("$ref") || keyword.startsWith("x-") || OPENAPI_ONLY.contains(keyword)) {
                return;
            }
            if (SUBSCHEMA.contains(keyword) && (value.isObject() || value.isBoolean())) {
                out.set(keyword, convert(value, direction, base));
            } else if (SUBSCHEMA_LISTS.contains(keyword) && value.isArray()) {
                ArrayNode list = out.putArray(keyword);
                value.forEach(item -> list.add(convert(item, direction, base)));
            } else if (SUBSCHEMA_MAPS.contains(keyword) && value.isObject()) {
                ObjectNode map = out.putObject(keyword);
                value.fields().forEachRemaining(entry -> map.set(entry.getKey(), convert(entry.getValue(), direction, base)));
            } else {
                out.set(keyword, value.deepCopy());
            }
        });
        if (openApi30) {
            translate30(schema, out);
        }
        spellTypeListAsAnyOf(out);
        dropOtherSidesRequired(schema, out, direction);
        selectByDiscriminator(schema, out);
        return out;
    }

    /**
     * A discriminator beside a {@code oneOf} or {@code anyOf} as OpenAPI reads it: where the value has the property,
     * the property names a branch (by a mapping key, the branch's schema name, or the {@code const} or {@code enum}
     * an OpenAPI 3.1 branch gives it; read as leniently as the versions differ) and the value is of that branch,
     * whatever other branches it also fits; a name that selects no branch is a fault. A value without the property
     * is judged by the branches alone. A discriminator on a parent that {@code allOf} children name is left alone.
     */
    private void selectByDiscriminator(JsonNode schema, ObjectNode out) {
        String property = schema.path("discriminator").path("propertyName").asText("");
        String keyword = schema.path("oneOf").isArray() ? "oneOf" : "anyOf";
        JsonNode branches = schema.path(keyword);
        if (property.isEmpty() || !branches.isArray() || branches.isEmpty() || !out.path(keyword).isArray()) {
            return;
        }
        ArrayNode converted = (ArrayNode) out.remove(keyword);
        ArrayNode all = NODES.arrayNode();
        ObjectNode selected = NODES.objectNode();
        ArrayNode choices = selected.putArray("allOf");
        for (int index = 0; index < branches.size(); index++) {
            ArrayNode names = NODES.arrayNode().addAll(spec.schemas().discriminatorNames(schema.get("discriminator"),
                    branches.get(index)));
            all.addAll(names);
            ObjectNode choice = choices.addObject();
            choice.putObject("if").putObject("properties").putObject(property).set("enum", names);
            choice.set("then", converted.get(index));
        }
        choices.addObject().putObject("properties").putObject(property).set("enum", all);
        ObjectNode rule = out.withArray("allOf").addObject();
        rule.putObject("if").putArray("required").add(property);
        rule.set("then", selected);
        rule.putObject("else").set(keyword, converted);
    }


    /**
     * {@code type: [a, b]} as {@code anyOf: [{type: a}, {type: b}]}, which means the same: networknt 3.0.0 fails to
     * compile a bound or multipleOf beside a type list, and the later versions that fix it need a newer Jackson than
     * the build pins.
     */
    private static void spellTypeListAsAnyOf(ObjectNode out) {
        if (!out.path("type").isArray()) {
            return;
        }
        ArrayNode alternatives = NODES.arrayNode();
        out.remove("type").forEach(type -> alternatives.addObject().set("type", type));
        if (out.has("anyOf")) {
            out.withArray("allOf").addObject().set("anyOf", alternatives);
        } else {
            out.set("anyOf", alternatives);
        }
    }

    private static void translate30(JsonNode schema, ObjectNode out) {
        if (schema.path("nullable").asBoolean(false)) {
            if (out.has("type") && out.get("type").isTextual()) {
                out.set("type", NODES.arrayNode().add(out.get("type").asText()).add("null"));
            }
            if (out.path("enum").isArray()) {
                ((ArrayNode) out.get("enum")).addNull();
            }
        }
        for (String[] bound : new String[][] {{"minimum", "exclusiveMinimum"}, {"maximum", "exclusiveMaximum"}}) {
            JsonNode exclusive = schema.get(bound[1]);
            if (exclusive != null && exclusive.isBoolean()) {
                out.remove(bound[1]);
                if (exclusive.asBoolean() && schema.has(bound[0])) {
                    out.set(bound[1], schema.get(bound[0]));
                    out.remove(bound[0]);
                }
            }
        }
    }

    private void dropOtherSidesRequired(JsonNode schema, ObjectNode out, ValidValues.Direction direction) {
        if (!out.path("required").isArray() || !schema.path("properties").isObject()) {
            return;
        }
        String otherSide = direction == ValidValues.Direction.REQUEST ? "readOnly" : "writeOnly";
        ArrayNode kept = NODES.arrayNode();
        out.get("required").forEach(name -> {
            JsonNode property = spec.document().resolve(schema.get("properties").path(name.asText()));
            if (!property.path(otherSide).asBoolean(false)) {
                kept.add(name);
            }
        });
        out.set("required", kept);
    }
}
