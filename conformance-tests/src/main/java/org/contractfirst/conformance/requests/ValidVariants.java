package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.conformance.spec.SizeLimits;
import org.contractfirst.values.Schemas;
import org.contractfirst.values.ValidValues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.contractfirst.parameters.ScalarText.plain;

/**
 * Valid variants of an operation's valid call, beyond its examples, in the manner of a coverage phase: each optional
 * parameter given; each free parameter, and each place of the body at any depth ({@link SchemaSites}), at the edges
 * its constraints allow ({@link #edges}); each branch of the body's {@code oneOf} or {@code anyOf}; each other media
 * type of the body; then bodies and free parameters drawn across their ranges from the run's seed. Identifying
 * inputs (those that name what exists, fixtures) keep their values, so that every variant names something that
 * exists; a path parameter that is a plain input is free. Each variant is checked with the schema validator before it is sent: the suite sends only what the spec
 * allows.
 */
public final class ValidVariants {

    /** One valid call and what is special about it. */
    public record Variant(String description, Call call) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int LONGEST_TEXT = 10_000;
    private static final int MOST_ITEMS = 100;
    /** Enums up to this size have each value sent; larger ones their first, last and one drawn at random. */
    private static final int MOST_ENUM_VALUES = 16;
    /** Four UTF-8 bytes a character, escaped three times over in a query: longer texts would pass any URL limit. */
    private static final int LONGEST_ASTRAL_QUERY_TEXT = 1000;
    /**
     * The body size assumed where the spec states no limit (a 413 whose description names a size): 64 KiB, which
     * servers commonly take, this project's own among them.
     */
    private static final long BODY_LIMIT = 64 * 1024;
    /** The bytes a character outside the BMP takes in a body: four in UTF-8, escaped three times over in a form. */
    private static final int ASTRAL_BYTES_IN_JSON = 4;
    private static final int ASTRAL_BYTES_ESCAPED = 12;
    /** A character of the Supplementary Multilingual Plane: one code point, two UTF-16 units, four UTF-8 bytes. */
    static final String OUTSIDE_THE_BMP = "\uD835\uDCCD";

    private final RunContext context;
    private final Requests requests;
    private final Schemas schemas;

    public ValidVariants(RunContext context) {
        this.context = context;
        this.requests = context.requests();
        this.schemas = context.spec().schemas();
    }

    public List<Variant> of(Operation operation) {
        Call valid = requests.valid(operation);
        List<Parameter> free = operation.parameters().stream().filter(parameter -> free(operation, parameter)).toList();
        List<Variant> variants = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (!valid.parameters().containsKey(parameter)) {
                variants.add(new Variant("with the optional " + parameter, valid.withParameter(parameter,
                        requests.parameterValue(parameter))));
            }
            if (free.contains(parameter)) {
                edges(parameter.schema(), parameter.in().equals("query") ? LONGEST_ASTRAL_QUERY_TEXT : 0, false).forEach((description, value) -> variants.add(new Variant(parameter + " "
                        + description, valid.withParameter(parameter, value))));
            }
        }
        valid.media().ifPresent(media -> bodyVariants(operation, valid, free, media, variants));
        if (valid.media().isEmpty() && !free.isEmpty()) {
            for (int draw = 1; draw <= context.options().maxRequestsPerOperation(); draw++) {
                variants.add(new Variant("parameters drawn at random", withDrawn(valid, free)));
            }
        }
        operation.requestBody().ifPresent(body -> body.content().values().stream()
                .filter(other -> valid.media().filter(media -> media.name().equals(other.name())).isEmpty())
                .forEach(other -> variants.add(new Variant("as " + other.name(), valid.withBody(other, requests.bodyValue(other))))));
        return variants.stream().filter(this::allowed).toList();
    }

    /**
     * How many characters outside the BMP a text of the body may hold: half the body limit the operation's 413 states
     * (64 KiB where it states none), the rest left to the other fields, at the bytes each character takes.
     */
    private static int astralBudget(Operation operation, MediaType media) {
        long limit = SizeLimits.stated(operation, 413).orElse(BODY_LIMIT);
        return (int) (limit / 2 / (media.isJson() ? ASTRAL_BYTES_IN_JSON : ASTRAL_BYTES_ESCAPED));
    }

    private void bodyVariants(Operation operation, Call valid, List<Parameter> free, MediaType media, List<Variant> variants) {
        JsonNode base = valid.body().orElse(NODES.nullNode());
        int astralBudget = astralBudget(operation, media);
        for (SchemaSites.Site site : SchemaSites.of(schemas, media.schema(), base)) {
            if (site.pointer().isEmpty() || context.target().fixture(SchemaSites.topName(site.pointer())).isPresent()) {
                continue;
            }
            edges(site.schema(), astralBudget, media.isJson()).forEach((description, value) -> variants.add(new Variant(site.pointer().substring(1) + " "
                    + description, valid.withBody(media, SchemaSites.replaced(base, site.pointer(), value)))));
        }
        List<JsonNode> branches = requests.values().variants(media.schema(), ValidValues.Shape.MINIMAL);
        if (branches.size() > 1) {
            for (int branch = 0; branch < branches.size(); branch++) {
                variants.add(new Variant("the body's branch " + (branch + 1) + " of " + branches.size(),
                        valid.withBody(media, requests.withFixtures(media, branches.get(branch)))));
            }
        }
        for (int draw = 1; draw <= context.options().maxRequestsPerOperation(); draw++) {
            variants.add(new Variant("a body drawn at random", withDrawn(valid, free).withBody(media, drawn(media, base))));
        }
    }

    /**
     * The call with each of its {@code free} parameters drawn across its range, an optional one left out half the
     * time; one whose right values only the spec knows ({@link #onlyTheSpecKnows}) keeps its example.
     */
    private Call withDrawn(Call valid, List<Parameter> free) {
        Call call = valid;
        for (Parameter parameter : free) {
            if (!parameter.required() && context.random().nextBoolean()) {
                call = call.withParameter(parameter, null);
            } else {
                call = call.withParameter(parameter, onlyTheSpecKnows(parameter.schema()) ? requests.parameterValue(parameter)
                        : requests.drawnValues().generated(parameter.schema(), ValidValues.Shape.COMPLETE));
            }
        }
        return call;
    }

    /**
     * Whether a parameter's value may vary: not one that names what exists (an identifier keeps the value the API
     * issued), nor a fixture (which says what the API cannot reveal). A path parameter that is a plain input (the
     * operands of a computation) varies like any other.
     */
    private boolean free(Operation operation, Parameter parameter) {
        return context.target().fixture(parameter.name()).isEmpty() && !parameter.schema().isMissingNode()
                && !requests.names(operation, parameter);
    }

    /**
     * Whether a text's right values are beyond its schema: a format of the spec's own (a time zone), or no constraint
     * at all (a page token, a cursor, a filter), where any text is of the schema but few mean anything to the server.
     */
    private boolean onlyTheSpecKnows(JsonNode schema) {
        ObjectNode effective = schemas.effective(schema);
        if (!schemas.types(effective).equals(java.util.Set.of("string"))) {
            return false;
        }
        String format = effective.path("format").asText("");
        boolean constrained = effective.has("enum") || effective.has("const") || effective.has("maxLength")
                || !schemas.patterns(effective).isEmpty() || !format.isEmpty();
        return !constrained || !format.isEmpty() && !org.contractfirst.values.Formats.isKnown(format);
    }

    /** A body drawn at random from the run's seed, with the target's fixtures, and the spec's example where only it knows. */
    public JsonNode drawn(MediaType media, JsonNode example) {
        JsonNode drawn = withKnownFormats(schemas.effective(media.schema()),
                requests.drawnValues().generated(media.schema(), ValidValues.Shape.COMPLETE), example);
        return requests.withFixtures(media, drawn);
    }

    /**
     * A drawn value whose fields of a format the suite does not know (a spec's own, such as {@code timezone}) take the
     * value the spec's example gives them, or are left out where optional: only the spec knows what such a format allows.
     */
    private JsonNode withKnownFormats(ObjectNode schema, JsonNode drawn, JsonNode example) {
        if (!(drawn instanceof ObjectNode object)) {
            return drawn;
        }
        List<String> required = Schemas.required(schema);
        for (Map.Entry<String, JsonNode> property : fields(schema.path("properties"))) {
            ObjectNode propertySchema = schemas.effective(property.getValue());
            String format = propertySchema.path("format").asText(null);
            String name = property.getKey();
            if (format != null && !org.contractfirst.values.Formats.isKnown(format) && object.has(name)) {
                if (example.has(name)) {
                    object.set(name, example.get(name));
                } else if (!required.contains(name)) {
                    object.remove(name);
                }
            } else if (object.get(name) instanceof ObjectNode && example.path(name).isObject()) {
                object.set(name, withKnownFormats(propertySchema, object.get(name), example.get(name)));
            }
        }
        return object;
    }

    /**
     * The values at the edges of a place's constraints, each named for its edge: the first, last and a random enum
     * member; texts of the least and greatest lengths and one inside each, in code points, and the greatest in
     * characters outside the Basic Multilingual Plane (which a server counting UTF-16 units would refuse); numbers
     * at and just inside their bounds and multiples of multipleOf beside them; arrays of the least and most items.
     * Candidates the schema does not allow are dropped later ({@link #allowed}). Characters outside the BMP go only
     * where they travel as text ({@code astralBudget}: a body, a query), not in a header or cookie, read as bytes; no
     * items is JSON's alone ({@code emptyArrays}), nothing at all elsewhere.
     */
    private Map<String, JsonNode> edges(JsonNode property, int astralBudget, boolean emptyArrays) {
        Map<String, JsonNode> edges = new LinkedHashMap<>();
        ObjectNode schema = schemas.effective(property);
        var types = schemas.types(schema);
        if (schema.path("readOnly").asBoolean(false) || schema.has("const")) {
            return edges;
        }
        if (schema.path("enum").isArray() && !schema.get("enum").isEmpty()) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(value -> {
                if (!value.isNull()) {
                    values.add(value);
                }
            });
            if (values.size() <= MOST_ENUM_VALUES) {
                values.forEach(value -> edges.put("at its enum value " + value, value));
            } else if (!values.isEmpty()) {
                edges.put("at its first enum value", values.get(0));
                edges.put("at its last enum value", values.get(values.size() - 1));
                edges.put("at a random enum value", values.get(context.random().nextInt(values.size())));
            }
        } else if (types.contains("string")) {
            stringEdges(schema, astralBudget, edges);
        } else if (types.contains("integer") || types.contains("number")) {
            numberEdges(schema, types.contains("integer") && !types.contains("number"), edges);
        } else if (types.contains("array") && schema.has("items")) {
            arrayEdges(schema, emptyArrays, edges);
        }
        return edges;
    }

    private void stringEdges(ObjectNode schema, int astralBudget, Map<String, JsonNode> edges) {
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(-1);
        boolean plain = !schema.has("format") && schemas.patterns(schema).isEmpty();
        // A server counting UTF-16 units, not code points, refuses these, whatever the length, up to the body's limit.
        if (plain && max > 0 && max <= astralBudget) {
            edges.put("at its maxLength " + max + " in characters outside the Basic Multilingual Plane",
                    NODES.textNode(OUTSIDE_THE_BMP.repeat(max)));
        }
        // A format of the spec's own (a time zone, a language tag) says more than its pattern: only its example is sure.
        boolean ownFormat = schema.has("format") && !org.contractfirst.values.Formats.isKnown(schema.get("format").asText());
        if (max < 0 && min == 0 || max >= LONGEST_TEXT || ownFormat) {
            return;
        }
        java.util.TreeSet<Integer> lengths = new java.util.TreeSet<>(List.of(min, min + 1));
        if (max >= 0) {
            lengths.addAll(List.of(Math.max(min, max - 1), max));
        }
        for (int length : lengths) {
            text(schema, plain, length).ifPresent(text -> edges.put("at length " + length + (length == min ? ", its minLength"
                    : length == max ? ", its maxLength" : ""), NODES.textNode(text)));
        }
        if (max > min + 2) {
            int length = min + 1 + context.random().nextInt(max - min - 1);
            text(schema, plain, length).ifPresent(text -> edges.put("at a random length " + length, NODES.textNode(text)));
        }
    }

    /** A text of {@code length} code points the schema allows: random letters, or one built from its pattern or format. */
    private Optional<String> text(ObjectNode schema, boolean plain, int length) {
        return plain ? Optional.of(text(length)) : requests.values().text(schema, length);
    }

    private void numberEdges(ObjectNode schema, boolean integer, Map<String, JsonNode> edges) {
        BigDecimal step = schema.has("multipleOf") ? schema.get("multipleOf").decimalValue()
                : integer ? BigDecimal.ONE : new BigDecimal("0.5");
        schemas.lower(schema).ifPresent(bound -> {
            BigDecimal least = bound.firstMultipleInside(step, true);
            edges.put("at its least value " + plain(least), number(least));
            edges.put("just above its least value, " + plain(least.add(step)), number(least.add(step)));
        });
        schemas.upper(schema).ifPresent(bound -> {
            BigDecimal greatest = bound.firstMultipleInside(step, false);
            edges.put("at its greatest value " + plain(greatest), number(greatest));
            edges.put("just below its greatest value, " + plain(greatest.subtract(step)), number(greatest.subtract(step)));
        });
    }

    /** A whole number as an integer (never {@code 1E+5}, which a server reading an integer may refuse), else a decimal. */
    private static JsonNode number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? NODES.numberNode(stripped.toBigIntegerExact()) : NODES.numberNode(stripped);
    }

    private void arrayEdges(ObjectNode schema, boolean emptyArrays, Map<String, JsonNode> edges) {
        // No items is no value at all in a query, a header, a form or a multipart body: the empty array is JSON's alone.
        int min = Math.max(schema.path("minItems").asInt(0), emptyArrays ? 0 : 1);
        int max = schema.path("maxItems").asInt(-1);
        for (int count : max >= 0 && max <= MOST_ITEMS ? List.of(min, max) : List.of(min)) {
            com.fasterxml.jackson.databind.node.ArrayNode items = NODES.arrayNode();
            for (int tries = 0; items.size() < count && tries < 4 * count + 4; tries++) {
                JsonNode item = requests.values().generated(schema.get("items"), ValidValues.Shape.MINIMAL);
                boolean repeated = false;
                for (JsonNode each : items) {
                    repeated |= each.equals(item);
                }
                if (!repeated || !schema.path("uniqueItems").asBoolean(false)) {
                    items.add(item);
                }
            }
            edges.put("with " + count + " items" + (count == min ? ", its minItems" : ", its maxItems"), items);
        }
    }

    /** Whether the variant's body and parameters are ones the spec allows, by the schema validator, and can travel. */
    private boolean allowed(Variant variant) {
        Call call = variant.call();
        for (Map.Entry<Parameter, JsonNode> parameter : call.parameters().entrySet()) {
            // An empty segment leaves the path another path (or none): no router reads it as a value.
            if (parameter.getKey().in().equals("path") && parameter.getValue().isTextual() && parameter.getValue().asText().isEmpty()) {
                return false;
            }
            if (parameter.getKey().schema().isObject() && !context.schemas().errors(parameter.getKey().schema(),
                    ValidValues.Direction.REQUEST, parameter.getValue()).isEmpty()) {
                return false;
            }
        }
        return call.media().isEmpty() || call.body().isEmpty() || !call.media().get().schema().isObject()
                || context.schemas().errors(call.media().get().schema(), ValidValues.Direction.REQUEST, call.body().get()).isEmpty();
    }

    /** Text of exactly {@code length} code points, drawn from the run's seed. */
    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + context.random().nextInt(26)));
        }
        return text.toString();
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        return object::fields;
    }
}
