package org.contractfirst.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.curiousoddman.rgxgen.RgxGen;
import com.github.curiousoddman.rgxgen.config.RgxGenOption;
import com.github.curiousoddman.rgxgen.config.RgxGenProperties;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Values that fit a schema: the example it documents, or one built from its keywords (type, format, pattern,
 * lengths in code points, bounds and their exclusive forms, {@code multipleOf}, item and property counts,
 * {@code uniqueItems}, {@code contains} and {@code minContains}, {@code const}, {@code enum}, the chosen branch of a
 * {@code oneOf} or {@code anyOf} with its discriminator value). Every choice comes from the {@link Random} given, so a seed repeats a run. A request leaves
 * {@code readOnly} properties out, a response {@code writeOnly} ones.
 */
public final class ValidValues {

    /** Whose value it is: a request's leaves out what the server alone writes, a response's what it never sends. */
    public enum Direction { REQUEST, RESPONSE }

    /** Which properties an object gets: the required ones, or every one. */
    public enum Shape { MINIMAL, COMPLETE }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEEPEST = 12;
    private static final int OPTIONAL_DEPTH = 4;
    private static final int ATTEMPTS = 24;
    private static final int SHORT_REPETITION = 8;
    /** Parsed once per pattern and repetition bound, for every run of the JVM: parsing cost as much as generating. */
    private static final Map<Generator, RgxGen> GENERATORS = new ConcurrentHashMap<>();
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    /** The most decimal digits an unbounded number drawn across its range gets before its point. */
    private static final int DRAWN_DIGITS = 9;
    /** How much longer than its least length a plain text drawn across its range may be. */
    private static final int DRAWN_TEXT_SPREAD = 40;
    private static final String DRAWN_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.";
    /** The letters and digits that open {@link #DRAWN_LETTERS}: a drawn text opens and closes with one of them. */
    private static final int DRAWN_ALPHANUMERICS = 62;

    private final Schemas schemas;
    private final Direction direction;
    private final Random random;
    private final boolean acrossTheRange;

    public ValidValues(Schemas schemas, Direction direction, Random random) {
        this(schemas, direction, random, false);
    }

    private ValidValues(Schemas schemas, Direction direction, Random random, boolean acrossTheRange) {
        this.schemas = schemas;
        this.direction = direction;
        this.random = random;
        this.acrossTheRange = acrossTheRange;
    }

    /**
     * Values drawn across the whole range each schema allows, from the same {@link Random}: numbers anywhere between
     * their bounds (an unbounded side up to nine digits, either sign where it is open), plain texts of any length
     * their bounds allow (up to 40 beyond the least) in letters of both cases, digits, spaces, hyphens, underscores
     * and dots. The default values stay the plainest (a bound, or 1; eight letters), so that a valid call is the one
     * a server is least likely to refuse for a reason of its own.
     */
    public ValidValues acrossTheRange() {
        return new ValidValues(schemas, direction, random, true);
    }

    /** The schema's own example (or default, const, first enum member), else a generated value of its required parts. */
    public JsonNode of(JsonNode schema) {
        return of(schema, Shape.MINIMAL);
    }

    /** The schema's own example (or default, const, first enum member), else a generated value of this shape. */
    public JsonNode of(JsonNode schema, Shape shape) {
        return documented(schema).orElseGet(() -> generated(schema, shape));
    }

    /** What the schema itself documents as a value: its example, default or const, or its first enum member. */
    public Optional<JsonNode> documented(JsonNode schema) {
        ObjectNode effective = schemas.effective(schema);
        List<JsonNode> examples = schemas.examples(effective);
        if (!examples.isEmpty()) {
            return Optional.of(examples.get(0).deepCopy());
        }
        for (String keyword : List.of("default", "const")) {
            if (effective.has(keyword)) {
                return Optional.of(effective.get(keyword).deepCopy());
            }
        }
        return Optional.empty();
    }

    /** A value built from the schema's keywords alone, ignoring its examples. */
    public JsonNode generated(JsonNode schema, Shape shape) {
        return generate(schemas.effective(schema), shape, 0, -1);
    }

    /**
     * A text of exactly {@code length} code points that the schema's other keywords (pattern, format) allow; empty
     * where none can be built.
     */
    public Optional<String> text(JsonNode schema, int length) {
        ObjectNode exact = schemas.effective(schema).deepCopy();
        exact.put("minLength", length);
        exact.put("maxLength", length);
        JsonNode drawn = generate(schemas.effective(exact), Shape.MINIMAL, 0, -1);
        return drawn.isTextual() && codePoints(drawn.asText()) == length ? Optional.of(drawn.asText()) : Optional.empty();
    }

    /**
     * One value per branch of the schema's {@code oneOf} or {@code anyOf} (the schema's own value when it has
     * neither), so that every branch is exercised.
     */
    public List<JsonNode> variants(JsonNode schema, Shape shape) {
        ObjectNode effective = schemas.effective(schema);
        JsonNode branches = branches(effective);
        List<JsonNode> variants = new ArrayList<>();
        if (branches.isEmpty()) {
            variants.add(generate(effective, shape, 0, -1));
        } else {
            for (int branch = 0; branch < branches.size(); branch++) {
                variants.add(generate(effective, shape, 0, branch));
            }
        }
        return variants;
    }

    private JsonNode generate(ObjectNode schema, Shape shape, int depth, int branch) {
        if (schema.path("not").isBoolean() && schema.path("not").asBoolean()) {
            return NODES.nullNode();
        }
        if (schema.has("const")) {
            return schema.get("const").deepCopy();
        }
        if (schema.path("enum").isArray() && !schema.get("enum").isEmpty()) {
            return pick(schema.get("enum"));
        }
        JsonNode branches = branches(schema);
        if (!branches.isEmpty()) {
            int chosen = branch >= 0 ? branch : random.nextInt(branches.size());
            return withDiscriminator(schema, branches.get(chosen), generate(joined(schema, branches.get(chosen)),
                    shape, depth + 1, -1));
        }
        String type = type(schema);
        return switch (type) {
            case "string" -> NODES.textNode(string(schema));
            case "integer" -> number(schema, true);
            case "number" -> number(schema, false);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> array(schema, shape, depth);
            case "object" -> object(schema, shape, depth);
            default -> NODES.nullNode();
        };
    }

    /** The type to give a value: the first the schema allows that is not null (null only when nothing else is). */
    private String type(ObjectNode schema) {
        Set<String> types = schemas.types(schema);
        if (types.contains("object") && schema.has("properties")) {
            return "object";
        }
        return types.stream().filter(type -> !type.equals("null")).findFirst().orElse("null");
    }

    private static JsonNode branches(ObjectNode schema) {
        return schema.path("oneOf").isArray() ? schema.get("oneOf")
                : schema.path("anyOf").isArray() ? schema.get("anyOf") : NODES.arrayNode();
    }

    /** The schema without its branches, joined with one of them: what a value of that branch must also satisfy. */
    private ObjectNode joined(ObjectNode schema, JsonNode branch) {
        ObjectNode own = schema.deepCopy();
        own.remove(List.of("oneOf", "anyOf", "discriminator"));
        ObjectNode both = NODES.objectNode();
        both.putArray("allOf").add(own).add(branch);
        return schemas.effective(both);
    }

    /**
     * The discriminator's property set to the name that selects {@code branch}: its mapping key, else its schema's
     * name; where the branch gives the property a {@code const} or {@code enum} of its own (as OpenAPI 3.1 specs do),
     * the value drawn from it stands.
     */
    private JsonNode withDiscriminator(ObjectNode schema, JsonNode branch, JsonNode value) {
        String property = schema.path("discriminator").path("propertyName").asText("");
        if (property.isEmpty() || !(value instanceof ObjectNode object) || !branch.has("$ref")) {
            return value;
        }
        ObjectNode own = schemas.effective(schemas.effective(branch).path("properties").path(property));
        if (own.has("const")) {
            object.set(property, own.get("const").deepCopy());
            return object;
        }
        if (own.path("enum").isArray() && !own.get("enum").isEmpty()) {
            boolean listed = false;
            for (JsonNode member : own.get("enum")) {
                listed |= member.equals(object.get(property));
            }
            if (!listed) {
                object.set(property, own.get("enum").get(0).deepCopy());
            }
            return object;
        }
        object.set(property, schemas.discriminatorNames(schema.get("discriminator"), branch).get(0));
        return object;
    }

    private String string(ObjectNode schema) {
        int min = schema.path("minLength").asInt(0);
        int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : Math.max(min, 64);
        List<String> patterns = schemas.patterns(schema);
        String format = schema.path("format").asText(null);
        if (!patterns.isEmpty()) {
            Optional<String> matching = matching(patterns, min, max);
            if (matching.isPresent()) {
                return matching.get();
            }
        }
        Optional<String> formatted = Formats.sample(format, random);
        if (formatted.isPresent()) {
            String sample = formatted.get();
            int length = codePoints(sample);
            if (length >= min && length <= max) {
                return sample;
            }
            return Formats.stretch(format, sample, Math.max(min, Math.min(length, max))).orElse(sample);
        }
        if (acrossTheRange) {
            int longest = (int) Math.min(max, (long) min + DRAWN_TEXT_SPREAD);
            return mixed(min + random.nextInt(longest - min + 1));
        }
        int length = Math.max(min, Math.min(max, 8));
        return letters(length);
    }

    /** Text of {@code length} code points of {@link #DRAWN_LETTERS}, opening and closing with a letter or digit. */
    private String mixed(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int edge = i == 0 || i == length - 1 ? DRAWN_ALPHANUMERICS : DRAWN_LETTERS.length();
            text.append(DRAWN_LETTERS.charAt(random.nextInt(edge)));
        }
        return text.toString();
    }

    /**
     * A string matching every pattern, of a length in {@code [min, max]}; drawn from the first pattern, its open
     * repetitions ({@code *}, {@code +}) first kept short and then let grow to the length allowed: RgxGen repeats
     * them up to 100 times by default, so that nested ones build strings of thousands of characters to throw away.
     */
    private Optional<String> matching(List<String> patterns, int min, int max) {
        List<Pattern> compiled = new ArrayList<>();
        try {
            for (String pattern : patterns) {
                compiled.add(COMPILED.computeIfAbsent(pattern, Pattern::compile));
            }
            int shortRepetition = Math.max(1, Math.min(SHORT_REPETITION, max));
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                int repetition = attempt < ATTEMPTS / 2 ? shortRepetition : Math.max(shortRepetition, Math.min(max, 100));
                String candidate = GENERATORS.computeIfAbsent(new Generator(patterns.get(0), repetition),
                        ValidValues::generator).generate(random);
                int length = codePoints(candidate);
                if (length >= min && length <= max && compiled.stream().allMatch(p -> p.matcher(candidate).find())) {
                    return Optional.of(candidate);
                }
            }
        } catch (RuntimeException unsupported) {
            // A pattern Java or RgxGen cannot read (ECMA-262 has a few forms they lack): no sample from it.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private record Generator(String pattern, int repetition) {
    }

    private static RgxGen generator(Generator key) {
        RgxGenProperties properties = new RgxGenProperties();
        RgxGenOption.INFINITE_PATTERN_REPETITION.setInProperties(properties, key.repetition());
        return RgxGen.parse(properties, key.pattern());
    }

    private JsonNode number(ObjectNode schema, boolean integer) {
        Optional<Schemas.Bound> lower = schemas.lower(schema);
        Optional<Schemas.Bound> upper = schemas.upper(schema);
        BigDecimal step = schema.has("multipleOf") ? schema.get("multipleOf").decimalValue() : null;
        BigDecimal unit = integer ? BigDecimal.ONE : step != null ? step : new BigDecimal("0.5");
        if (acrossTheRange) {
            Optional<BigDecimal> drawn = drawnNumber(lower, upper, step != null && step.signum() > 0 ? step
                    : integer ? BigDecimal.ONE : new BigDecimal("0.01"));
            if (drawn.isPresent()) {
                return numberNode(drawn.get(), integer);
            }
        }
        BigDecimal candidate = lower.map(bound -> bound.exclusive() ? bound.value().add(integer ? BigDecimal.ONE : unit)
                : bound.value()).orElse(BigDecimal.ONE);
        if (upper.isPresent()) {
            BigDecimal top = upper.get().exclusive() ? upper.get().value().subtract(integer ? BigDecimal.ONE : unit)
                    : upper.get().value();
            if (candidate.compareTo(top) > 0 || lower.isEmpty()) {
                candidate = lower.isEmpty() ? top.min(BigDecimal.ONE) : top;
            }
        }
        if (integer) {
            candidate = candidate.setScale(0, RoundingMode.CEILING);
        }
        if (step != null && step.signum() > 0) {
            candidate = multipleAtOrAbove(candidate, step, integer);
        }
        return numberNode(candidate, integer);
    }

    private static JsonNode numberNode(BigDecimal value, boolean integer) {
        if (integer) {
            BigInteger whole = value.toBigInteger();
            return whole.bitLength() < 63 ? NODES.numberNode(whole.longValue()) : NODES.numberNode(whole);
        }
        return NODES.numberNode(value.stripTrailingZeros());
    }

    /**
     * A multiple of {@code step} drawn between the bounds: evenly where both are given, else up to {@link
     * #DRAWN_DIGITS} digits from the one given (or from zero, either sign, where none is); empty where no multiple
     * lies between them.
     */
    private Optional<BigDecimal> drawnNumber(Optional<Schemas.Bound> lower, Optional<Schemas.Bound> upper, BigDecimal step) {
        BigInteger reach = BigInteger.TEN.pow(1 + random.nextInt(DRAWN_DIGITS));
        BigDecimal span = new BigDecimal(new BigInteger(reach.bitLength() + 8, random).mod(reach));
        Optional<BigInteger> least = lower.map(bound -> bound.stepsInside(step, true));
        Optional<BigInteger> greatest = upper.map(bound -> bound.stepsInside(step, false));
        BigInteger chosen;
        if (least.isPresent() && greatest.isPresent()) {
            BigInteger width = greatest.get().subtract(least.get());
            if (width.signum() < 0) {
                return Optional.empty();
            }
            chosen = least.get().add(new BigInteger(width.bitLength() + 8, random).mod(width.add(BigInteger.ONE)));
        } else {
            BigInteger offset = span.divide(step, 0, RoundingMode.FLOOR).toBigInteger();
            chosen = least.map(bound -> bound.add(offset)).or(() -> greatest.map(bound -> bound.subtract(offset)))
                    .orElse(random.nextBoolean() ? offset : offset.negate());
        }
        return Optional.of(new BigDecimal(chosen).multiply(step));
    }


    /** The least multiple of {@code step} not below {@code value} (an integer one for an integer). */
    private static BigDecimal multipleAtOrAbove(BigDecimal value, BigDecimal step, boolean integer) {
        BigDecimal multiple = value.divide(step, 0, RoundingMode.CEILING).multiply(step);
        while (integer && multiple.stripTrailingZeros().scale() > 0) {
            multiple = multiple.add(step);
        }
        return multiple;
    }

    private JsonNode array(ObjectNode schema, Shape shape, int depth) {
        ArrayNode items = NODES.arrayNode();
        int min = schema.path("minItems").asInt(0);
        int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : Integer.MAX_VALUE;
        JsonNode prefix = schema.path("prefixItems");
        int contained = schema.has("contains") ? schema.path("minContains").asInt(1) : 0;
        int count = Math.min(max, Math.max(Math.max(min, contained + prefix.size()), depth >= DEEPEST ? 0 : 1));
        boolean unique = schema.path("uniqueItems").asBoolean(false);
        Set<JsonNode> seen = new HashSet<>();
        for (int index = 0; index < count; index++) {
            JsonNode itemSchema = index < prefix.size() ? prefix.get(index)
                    : index < prefix.size() + contained ? containedItem(schema) : schema.path("items");
            JsonNode item = item(itemSchema, shape, depth);
            for (int attempt = 0; unique && seen.contains(item) && attempt < ATTEMPTS; attempt++) {
                item = distinct(itemSchema, shape, depth, attempt);
            }
            seen.add(item);
            items.add(item);
        }
        return items;
    }

    /** What an item that {@code contains} counts must be: of the array's items and of its {@code contains}. */
    private JsonNode containedItem(ObjectNode array) {
        ObjectNode both = NODES.objectNode();
        ArrayNode allOf = both.putArray("allOf");
        if (array.has("items") && array.get("items").isObject()) {
            allOf.add(array.get("items"));
        }
        allOf.add(array.get("contains"));
        return schemas.effective(both);
    }

    private JsonNode item(JsonNode itemSchema, Shape shape, int depth) {
        return itemSchema.isMissingNode() ? NODES.textNode(letters(6))
                : generate(schemas.effective(itemSchema), shape, depth + 1, -1);
    }

    /** Another value of the item schema, for {@code uniqueItems}: a different enum member, number or text. */
    private JsonNode distinct(JsonNode itemSchema, Shape shape, int depth, int attempt) {
        ObjectNode effective = schemas.effective(itemSchema);
        if (effective.path("enum").isArray() && effective.get("enum").size() > 1) {
            return effective.get("enum").get(random.nextInt(effective.get("enum").size())).deepCopy();
        }
        JsonNode value = generate(effective, shape, depth + 1, -1);
        if (value.isIntegralNumber()) {
            return NODES.numberNode(value.asLong() + attempt + 1);
        }
        if (value.isNumber()) {
            return NODES.numberNode(value.decimalValue().add(BigDecimal.valueOf(attempt + 1)));
        }
        if (value.isTextual() && !effective.has("format") && schemas.patterns(effective).isEmpty()) {
            return NODES.textNode(letters(codePoints(value.asText())));
        }
        return value;
    }

    private JsonNode object(ObjectNode schema, Shape shape, int depth) {
        ObjectNode object = NODES.objectNode();
        List<String> required = Schemas.required(schema);
        boolean allOptional = shape == Shape.COMPLETE && depth < OPTIONAL_DEPTH;
        List<String> optional = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            ObjectNode propertySchema = schemas.effective(property.getValue());
            if (leftOut(propertySchema)) {
                continue;
            }
            if (required.contains(property.getKey()) || allOptional) {
                if (depth < DEEPEST || required.contains(property.getKey())) {
                    object.set(property.getKey(), generate(propertySchema, shape, depth + 1, -1));
                }
            } else {
                optional.add(property.getKey());
            }
        }
        for (String name : required) {
            if (!object.has(name) && !schema.path("properties").has(name) && allowsAdditional(schema)) {
                object.set(name, additional(schema, depth));
            }
        }
        int min = schema.path("minProperties").asInt(0);
        for (int index = 0; object.size() < min && index < optional.size(); index++) {
            String name = optional.get(index);
            object.set(name, generate(schemas.effective(schema.get("properties").get(name)), shape, depth + 1, -1));
        }
        for (int extra = 1; object.size() < min && allowsAdditional(schema); extra++) {
            object.set("extra" + extra, additional(schema, depth));
        }
        return object;
    }

    /** A property the other side writes: readOnly in a request, writeOnly in a response. */
    private boolean leftOut(ObjectNode property) {
        return direction == Direction.REQUEST ? property.path("readOnly").asBoolean(false)
                : property.path("writeOnly").asBoolean(false);
    }

    private static boolean allowsAdditional(ObjectNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        return !(additional.isBoolean() && !additional.asBoolean());
    }

    private JsonNode additional(ObjectNode schema, int depth) {
        JsonNode additional = schema.path("additionalProperties");
        return additional.isObject() ? generate(schemas.effective(additional), Shape.MINIMAL, depth + 1, -1)
                : NODES.textNode(letters(6));
    }

    private JsonNode pick(JsonNode members) {
        List<JsonNode> candidates = new ArrayList<>();
        members.forEach(member -> {
            if (!member.isNull()) {
                candidates.add(member);
            }
        });
        return candidates.isEmpty() ? NODES.nullNode() : candidates.get(random.nextInt(candidates.size())).deepCopy();
    }

    private String letters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
