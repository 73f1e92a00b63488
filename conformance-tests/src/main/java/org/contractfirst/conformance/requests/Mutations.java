package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.http.Body;
import org.contractfirst.conformance.http.HttpRequest;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.conformance.validation.TextValues;
import org.contractfirst.values.Schemas;
import org.contractfirst.values.ValidValues;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.contractfirst.conformance.requests.ValidVariants.OUTSIDE_THE_BMP;
import static org.contractfirst.parameters.ScalarText.plain;

/**
 * Invalid variants of an operation's valid request, one per rule its spec states, at every place of the body
 * ({@link SchemaSites}) and in every parameter: a required parameter, field or body left out; a value too long or
 * too short (in code points), outside its enum, off its pattern, of the wrong type or format, past its bounds, off
 * its multipleOf, null where not nullable; an object without its required field; an undeclared field where none is
 * allowed; an array with an item too few or too many, or a duplicate; a body of another media type, or malformed.
 * Each mutated value is checked with the schema validator first: a scalar must break the keyword it targets and
 * nothing else, a structure must break the keyword it targets (or a oneOf or anyOf that hides which), and any other
 * must break the schema at all, or it is not sent. Then {@link #random} draws more. Each should get a 4xx about the input and change nothing.
 */
public final class Mutations {

    /**
     * One invalid request, what is wrong with it, and the statuses whose meaning (RFC 9110) names that: where the
     * operation documents one of them by its own code, that is the answer it promised for this kind of fault. An
     * unreadable one cannot even be parsed: 400 is then HTTP's own answer (RFC 9110 §15.5.1, "malformed request
     * syntax"), right whatever the operation documents for the values it could not read.
     */
    public record Mutation(String description, HttpRequest request, Set<Integer> answers, boolean unreadable) {
        public Mutation(String description, HttpRequest request, Set<Integer> answers) {
            this(description, request, answers, false);
        }
    }

    /** A value or a structure the schema forbids, or a request that cannot be read. */
    private static final Set<Integer> INVALID_INPUT = Set.of(400, 422);
    /** A path parameter off its schema: the URL may also name no resource at all. */
    private static final Set<Integer> INVALID_PATH = Set.of(400, 404, 422);
    /** A required body left out: with it goes its Content-Type. */
    private static final Set<Integer> MISSING_BODY = Set.of(400, 415, 422);
    private static final Set<Integer> UNSUPPORTED_MEDIA_TYPE = Set.of(415);
    private static final Set<Integer> NOT_ACCEPTABLE = Set.of(406);
    private static final Set<Integer> TOO_LARGE = Set.of(413);
    private static final Set<Integer> UNKNOWN_RESOURCE = Set.of(404);
    /** A body field naming nothing: the named thing is missing (404) or the body cannot be processed (400, 422). */
    private static final Set<Integer> UNKNOWN_REFERENCE = Set.of(400, 404, 422);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int OVERSIZED_BODY = 16 * 1024 * 1024;

    private final RunContext context;
    private final Requests requests;
    private final Schemas schemas;

    public Mutations(RunContext context) {
        this.context = context;
        this.requests = context.requests();
        this.schemas = context.spec().schemas();
    }

    public List<Mutation> of(Operation operation) {
        Call valid = requests.valid(operation);
        List<Mutation> mutations = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            parameterMutations(valid, parameter, mutations);
        }
        valid.media().ifPresent(media -> bodyMutations(valid, media, mutations));
        if (operation.documentsOwnCode(404) && !context.target().stateless()) {
            unknownResources(valid, mutations);
        }
        if (operation.documentsOwnCode(413) && valid.media().isPresent() && valid.body().orElse(null) instanceof ObjectNode body) {
            ObjectNode padded = body.deepCopy();
            padded.put("padding", "p".repeat(OVERSIZED_BODY));
            mutations.add(new Mutation("a body of " + OVERSIZED_BODY / (1024 * 1024) + " MiB, over any limit an API of this"
                    + " kind documents", requests.render(valid.withBody(valid.media().get(), padded)), TOO_LARGE));
        }
        if (operation.documentsOwnCode(406)) {
            mutations.add(new Mutation("an Accept that no documented media type matches",
                    requests.render(valid.withHeader("Accept", "application/x-undocumented")), NOT_ACCEPTABLE));
        }
        return mutations;
    }

    /**
     * {@code count} invalid requests drawn at random from the run's seed: each a body drawn at random (or the valid
     * call where the operation takes none) with one place of it broken in one way, both chosen at random.
     */
    public List<Mutation> random(Operation operation, int count) {
        Call valid = requests.valid(operation);
        List<Mutation> drawn = new ArrayList<>();
        ValidVariants variants = new ValidVariants(context);
        for (int draw = 0; draw < 3 * count && drawn.size() < count; draw++) {
            List<Mutation> candidates = new ArrayList<>();
            if (valid.media().isPresent() && valid.body().isPresent() && valid.body().get().isContainerNode()) {
                MediaType media = valid.media().get();
                JsonNode base = variants.drawn(media, valid.body().get());
                if (!context.schemas().errors(media.schema(), ValidValues.Direction.REQUEST, base).isEmpty()) {
                    continue;
                }
                List<SchemaSites.Site> sites = SchemaSites.of(schemas, media.schema(), base);
                siteMutations(valid, media, base, sites.get(context.random().nextInt(sites.size())), media.isJson(), candidates);
            } else if (!operation.parameters().isEmpty()) {
                parameterMutations(valid, operation.parameters().get(context.random().nextInt(operation.parameters().size())),
                        candidates);
            }
            if (!candidates.isEmpty()) {
                Mutation chosen = candidates.get(context.random().nextInt(candidates.size()));
                drawn.add(new Mutation(chosen.description() + " (drawn at random)",
                        chosen.request(), chosen.answers()));
            }
        }
        return drawn;
    }

    private void parameterMutations(Call valid, Parameter parameter, List<Mutation> mutations) {
        String name = parameter.in() + " parameter " + parameter.name();
        if (parameter.required() && !parameter.in().equals("path")) {
            mutations.add(new Mutation("without the required " + name, requests.render(valid.withParameter(parameter, null)),
                    INVALID_INPUT));
        }
        JsonNode schema = itemSchema(parameter.schema());
        for (Map.Entry<String, String> bad : badScalars(schema, parameter.in().equals("path")).entrySet()) {
            JsonNode value = NODES.textNode(bad.getValue());
            JsonNode typed = typedAsText(schema, bad.getValue());
            JsonNode whole = schemas.types(schemas.effective(parameter.schema())).contains("array")
                    ? NODES.arrayNode().add(typed) : typed;
            if (context.schemas().errors(parameter.schema(), ValidValues.Direction.REQUEST, whole).isEmpty()) {
                continue;
            }
            JsonNode sent = schemas.types(schemas.effective(parameter.schema())).contains("array")
                    ? NODES.arrayNode().add(value) : value;
            mutations.add(new Mutation(name + " " + bad.getKey(), requests.render(valid.withParameter(parameter, sent)),
                    parameter.in().equals("path") ? INVALID_PATH : INVALID_INPUT));
        }
    }

    /** The schema of one value of a parameter: its own, or its items' for an array. */
    private JsonNode itemSchema(JsonNode schema) {
        ObjectNode effective = schemas.effective(schema);
        return schemas.types(effective).contains("array") && effective.has("items") ? effective.get("items") : schema;
    }

    /** A parameter's text as the value the server reads: a number where the schema types one and it parses. */
    private JsonNode typedAsText(JsonNode schema, String text) {
        return TextValues.scalar(schemas, schema, text);
    }

    private void bodyMutations(Call valid, MediaType media, List<Mutation> mutations) {
        JsonNode base = valid.body().orElse(NODES.nullNode());
        boolean json = media.isJson();
        if (context.requests().render(valid).body().isEmpty()) {
            return;
        }
        if (valid.operation().requestBody().map(body -> body.required()).orElse(false)) {
            mutations.add(new Mutation("without its required body", requests.render(valid.withoutBody()), MISSING_BODY));
        }
        for (SchemaSites.Site site : SchemaSites.of(schemas, media.schema(), base)) {
            siteMutations(valid, media, base, site, json, mutations);
        }
        HttpRequest rendered = requests.render(valid);
        if (!media.essence().startsWith("text/")) {
            mutations.add(new Mutation("a text/plain body", rendered.withBody(Body.of("text/plain",
                    rendered.body().bytes())), UNSUPPORTED_MEDIA_TYPE));
        }
        if (json) {
            mutations.add(new Mutation("malformed JSON", rendered.withBody(Body.text(media.name(), "{\"broken\":")),
                    INVALID_INPUT, true));
        } else if (media.essence().startsWith("multipart/")) {
            // A deepObject property's part with its bracket left open: an extra part of another name may be an
            // additional property the schema allows.
            media.encoding().entrySet().stream()
                    .filter(encoding -> encoding.getValue().path("style").asText("").equals("deepObject"))
                    .findFirst().ifPresent(deepObject -> {
                        List<Body.Part> parts = new ArrayList<>(rendered.body().parts());
                        parts.add(Body.Part.text(deepObject.getKey() + "[broken", "x"));
                        mutations.add(new Mutation("a part of " + deepObject.getKey() + " whose name is not in bracket"
                                + " notation", rendered.withBody(Body.multipart(parts)), INVALID_INPUT));
                    });
        }
    }

    /**
     * The mutations of one place of the body: a value of it that breaks its schema (or null where it is not
     * nullable); where it is an object, each required property left out and an undeclared one where none is
     * allowed; where it is an array, one item too few or too many and a duplicate where items must be unique.
     * ReadOnly places are left alone: a request should not carry them, and a server may ignore them when it does.
     */
    private void siteMutations(Call valid, MediaType media, JsonNode base, SchemaSites.Site site, boolean json,
                               List<Mutation> mutations) {
        ObjectNode effective = schemas.effective(site.schema());
        if (effective.path("readOnly").asBoolean(false)) {
            return;
        }
        String name = site.pointer().isEmpty() ? "the body" : site.pointer().substring(1);
        if (!site.pointer().isEmpty()) {
            for (Map.Entry<String, JsonNode> bad : badValues(site.schema(), json).entrySet()) {
                add(valid, media, name + " " + bad.getKey(), SchemaSites.replaced(base, site.pointer(), bad.getValue()),
                        null, mutations);
            }
            if ((json || jsonPart(media, site.pointer(), effective)) && !schemas.allowsNull(effective)) {
                add(valid, media, name + " null, which its schema does not allow",
                        SchemaSites.replaced(base, site.pointer(), NODES.nullNode()), null, mutations);
            }
            if (!site.present()) {
                incompleteObject(site.schema()).ifPresent(partial -> add(valid, media, name + " without its required field",
                        SchemaSites.replaced(base, site.pointer(), partial), "required", mutations));
            }
        }
        if (site.value() instanceof ObjectNode object) {
            for (String field : Schemas.required(effective)) {
                if (object.has(field)) {
                    add(valid, media, "without the required field " + (site.pointer().isEmpty() ? field : name + "/" + field),
                            SchemaSites.replaced(base, site.pointer() + "/" + SchemaSites.escaped(field), null), "required", mutations);
                }
            }
            JsonNode additional = effective.path("additionalProperties");
            if (additional.isBoolean() && !additional.asBoolean()) {
                ObjectNode changed = object.deepCopy().put("undeclared_field", "x");
                add(valid, media, (site.pointer().isEmpty() ? "" : name + " with ") + "an undeclared field",
                        SchemaSites.replaced(base, site.pointer(), changed), "additionalProperties", mutations);
            }
        }
        JsonNode array = site.present() || !schemas.types(effective).contains("array") ? site.value()
                : requests.values().generated(site.schema(), ValidValues.Shape.COMPLETE);
        if (array instanceof ArrayNode items) {
            arrayMutations(valid, media, base, site, name, effective, items, mutations);
        }
    }

    /** One item too few, one too many, and a duplicate where items must be unique. */
    private void arrayMutations(Call valid, MediaType media, JsonNode base, SchemaSites.Site site, String name,
                                ObjectNode effective, ArrayNode array, List<Mutation> mutations) {
        int min = effective.path("minItems").asInt(0);
        if (min > 0 && array.size() >= min) {
            ArrayNode fewer = array.arrayNode();
            for (int i = 0; i < min - 1; i++) {
                fewer.add(array.get(i).deepCopy());
            }
            add(valid, media, name + " with " + (min - 1) + " items, one fewer than its minItems",
                    SchemaSites.replaced(base, site.pointer(), fewer), "minItems", mutations);
        }
        if (effective.has("maxItems") && effective.get("maxItems").asInt() < 1000 && effective.has("items")) {
            int max = effective.get("maxItems").asInt();
            ArrayNode more = array.deepCopy();
            for (int tries = 0; more.size() <= max && tries < 4 * (max + 1); tries++) {
                JsonNode item = requests.values().generated(effective.get("items"), ValidValues.Shape.MINIMAL);
                if (!effective.path("uniqueItems").asBoolean(false) || !contains(more, item)) {
                    more.add(item);
                }
            }
            add(valid, media, name + " with " + (max + 1) + " items, one more than its maxItems",
                    SchemaSites.replaced(base, site.pointer(), more), "maxItems", mutations);
        }
        if (effective.path("uniqueItems").asBoolean(false) && !array.isEmpty()) {
            ArrayNode repeated = array.deepCopy();
            if (effective.has("maxItems") && repeated.size() >= effective.get("maxItems").asInt() && repeated.size() > 1) {
                repeated.set(1, repeated.get(0).deepCopy());
            } else {
                repeated.add(repeated.get(0).deepCopy());
            }
            add(valid, media, name + " with an item twice, where items are unique",
                    SchemaSites.replaced(base, site.pointer(), repeated), "uniqueItems", mutations);
        }
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode each : array) {
            if (each.equals(item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the mutation if the validator agrees that the value breaks the body's schema, and, where a {@code keyword}
     * is named, that this keyword is what it breaks (alone, or within a {@code oneOf} or {@code anyOf} that cannot say
     * which branch it broke).
     */
    private void add(Call valid, MediaType media, String description, JsonNode value, String keyword, List<Mutation> mutations) {
        Set<String> failing = context.schemas().failingKeywords(media.schema(), ValidValues.Direction.REQUEST, value);
        if (failing.isEmpty() || keyword != null && !failing.contains(keyword) && !COMPOSITION.containsAll(failing)) {
            return;
        }
        mutations.add(new Mutation(description, requests.render(valid.withBody(media, value)), INVALID_INPUT));
    }

    private static final Set<String> COMPOSITION = Set.of("oneOf", "anyOf", "allOf", "not");

    /** Whether the place is a property of a multipart body that travels as a JSON part, where null is JSON's too. */
    private boolean jsonPart(MediaType media, String pointer, ObjectNode effective) {
        return media.essence().startsWith("multipart/") && pointer.lastIndexOf('/') == 0
                && requests.encoder().isJsonPart(effective, media.encodingOf(SchemaSites.topName(pointer)));
    }

    /** An object of the schema with one required field missing and, so that it is sent at all, one optional one. */
    private Optional<ObjectNode> incompleteObject(JsonNode schema) {
        ObjectNode effective = schemas.effective(schema);
        List<String> required = Schemas.required(effective);
        if (!effective.has("properties") || required.isEmpty()) {
            return Optional.empty();
        }
        JsonNode complete = requests.values().generated(schema, ValidValues.Shape.COMPLETE);
        if (!(complete instanceof ObjectNode partial)) {
            return Optional.empty();
        }
        partial.remove(required.get(0));
        return partial.isEmpty() ? Optional.empty() : Optional.of(partial);
    }

    /** Values of a JSON body field that break its schema, each named for what is wrong with it. */
    private Map<String, JsonNode> badValues(JsonNode schema, boolean json) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        JsonNode item = itemSchema(schema);
        boolean array = item != schema;
        badScalars(item, false).forEach((description, text) -> bad.put((array ? "with an item " : "") + description,
                array ? NODES.arrayNode().add(typedAsText(item, text)) : typedAsText(item, text)));
        var types = schemas.types(schemas.effective(schema));
        if (json && types.contains("string") && !types.contains("integer") && !types.contains("number")) {
            bad.put("a number instead of a string", NODES.numberNode(12345));
        }
        if (json && (types.contains("integer") || types.contains("number")) && !types.contains("string")) {
            bad.put("a string instead of a number", NODES.textNode("12345"));
        }
        return bad;
    }

    /**
     * Each identifying input given a well-formed value that names nothing: a path parameter, a required query
     * parameter, or a body field whose value the target had to supply as a fixture. Only a target that keeps state
     * can tell what exists.
     */
    private void unknownResources(Call valid, List<Mutation> mutations) {
        valid.media().ifPresent(media -> valid.body().filter(ObjectNode.class::isInstance).ifPresent(body -> {
            ObjectNode schema = schemas.effective(media.schema());
            for (Map.Entry<String, JsonNode> property : fields(schema.path("properties"))) {
                if (context.target().fixture(property.getKey()).isPresent()) {
                    unknownValue(property.getValue()).ifPresent(unknown -> {
                        ObjectNode changed = ((ObjectNode) body).deepCopy();
                        changed.put(property.getKey(), unknown);
                        mutations.add(new Mutation("a well-formed " + property.getKey() + " that names nothing, " + unknown,
                                requests.render(valid.withBody(media, changed)), UNKNOWN_REFERENCE));
                    });
                }
            }
        }));
        for (Parameter parameter : valid.operation().parameters()) {
            boolean identifying = requests.names(valid.operation(), parameter);
            JsonNode item = itemSchema(parameter.schema());
            ObjectNode schema = schemas.effective(item);
            if (!identifying || schema.has("enum") || !schemas.types(schema).contains("string")) {
                continue;
            }
            boolean array = item != parameter.schema();
            unknownValue(item).ifPresent(unknown -> mutations.add(new Mutation("a well-formed " + parameter.name()
                    + " that names nothing, " + unknown, requests.render(valid.withParameter(parameter,
                    array ? NODES.arrayNode().add(unknown) : NODES.textNode(unknown))), UNKNOWN_RESOURCE)));
        }
    }

    /**
     * A well-formed value that names nothing yet: a fresh text of the schema's format, length and pattern (a plain
     * marker, a UUID or an address), or an integer far up an open or wide range; empty if none fits the schema.
     */
    public Optional<String> unknownValue(JsonNode schema) {
        String marker = context.marker();
        String uuid = UUID.nameUUIDFromBytes(marker.getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode effective = schemas.effective(schema);
        if (schemas.types(effective).contains("integer")) {
            // A number far up its range, where ids seldom are yet; a range of fewer may all be taken.
            java.math.BigInteger far = java.math.BigInteger.valueOf(2_147_483_000L);
            return Optional.of(far).filter(value -> schemas.upper(effective).map(bound -> bound.value()
                            .compareTo(new BigDecimal(value)) > 0).orElse(true))
                    .filter(value -> context.schemas().errors(schema, ValidValues.Direction.REQUEST, NODES.numberNode(value)).isEmpty())
                    .map(java.math.BigInteger::toString);
        }
        List<String> candidates = switch (effective.path("format").asText("")) {
            case "uuid" -> List.of(uuid);
            case "email" -> List.of(marker + "@example.com");
            default -> List.of(marker, uuid, marker + "@example.com");
        };
        return candidates.stream().filter(value -> context.schemas().errors(schema, ValidValues.Direction.REQUEST,
                NODES.textNode(value)).isEmpty()).findFirst();
    }

    /**
     * Text values that break a scalar schema's constraints, each named for what is wrong with it, and each breaking
     * that one keyword and nothing else (a text too long still matches the pattern, a number below the minimum is
     * still a multiple of multipleOf), as the schema validator confirms: candidates it does not confirm are not sent.
     * Lengths are counted in code points, and a text one code point too short is also tried in characters outside the
     * Basic Multilingual Plane, which a server counting UTF-16 units would take for long enough.
     */
    private Map<String, String> badScalars(JsonNode schema, boolean inPath) {
        Map<String, String> bad = new LinkedHashMap<>();
        ObjectNode effective = schemas.effective(schema);
        var types = schemas.types(effective);
        String valid = validText(schema);
        if (effective.path("enum").isArray() && types.contains("string")) {
            isolated(effective, "enum", List.of("NOT_IN_THE_ENUM", "zz", "z", "0")).ifPresent(text -> bad.put("outside its enum", text));
        }
        if (types.contains("string") && effective.has("maxLength") && effective.get("maxLength").asInt() < 10_000) {
            int max = effective.get("maxLength").asInt();
            lengthened(effective, valid, max + 1).ifPresent(text -> bad.put("one code point too long, " + (max + 1), text));
            int tooLong = max + 2 + context.random().nextInt(Math.min(max, 64) + 1);
            lengthened(effective, valid, tooLong).ifPresent(text -> bad.put("at a random length over its maximum, " + tooLong, text));
        }
        int min = effective.path("minLength").asInt(0);
        if (types.contains("string") && !inPath && min > 0) {
            List<String> shorter = new ArrayList<>();
            shortened(effective, valid, min - 1).ifPresent(shorter::add);
            isolated(effective, "minLength", shorter).ifPresent(text -> bad.put("one code point too short, " + (min - 1), text));
            if (min > 1) {
                isolated(effective, "minLength", List.of(OUTSIDE_THE_BMP.repeat(min - 1))).ifPresent(text -> bad.put(
                        "one code point too short, " + (min - 1) + " characters outside the Basic Multilingual Plane", text));
            }
        }
        for (String pattern : schemas.patterns(effective)) {
            isolated(effective, "pattern", offPattern(pattern, valid)).ifPresent(text -> bad.put("off its pattern " + pattern, text));
        }
        if (types.contains("integer") || types.contains("number")) {
            isolated(effective, "type", List.of("not-a-number")).ifPresent(text -> bad.put("not a number", text));
            BigDecimal step = effective.has("multipleOf") ? effective.get("multipleOf").decimalValue() : BigDecimal.ONE;
            schemas.lower(effective).ifPresent(bound -> isolated(effective, bound.exclusive() ? "exclusiveMinimum" : "minimum",
                    bound.exclusive() ? List.of(plain(bound.value()), plain(bound.value().subtract(step)))
                            : List.of(plain(bound.value().subtract(step)))).ifPresent(text -> bad.put("below its minimum, " + text, text)));
            schemas.upper(effective).ifPresent(bound -> isolated(effective, bound.exclusive() ? "exclusiveMaximum" : "maximum",
                    bound.exclusive() ? List.of(plain(bound.value()), plain(bound.value().add(step)))
                            : List.of(plain(bound.value().add(step)))).ifPresent(text -> bad.put("above its maximum, " + text, text)));
            if (effective.has("multipleOf") && !valid.isEmpty()) {
                notMultiple(valid, step, types.contains("integer")).flatMap(candidate -> isolated(effective, "multipleOf",
                        List.of(candidate))).ifPresent(text -> bad.put("not a multiple of " + plain(step) + ", " + text, text));
            }
        }
        if (types.contains("boolean")) {
            isolated(effective, "type", List.of("maybe")).ifPresent(text -> bad.put("not a boolean", text));
        }
        String format = effective.path("format").asText("");
        if (List.of("date-time", "date", "time", "uuid", "email", "uri", "ipv4", "ipv6", "hostname").contains(format)) {
            isolated(effective, "format", List.of("not a " + format, "not-a-" + format, "!")).ifPresent(text ->
                    bad.put("not a " + format, text));
        }
        return bad;
    }

    /** The first candidate that breaks {@code keyword} alone, read as the schema reads a parameter's text. */
    private Optional<String> isolated(ObjectNode effective, String keyword, List<String> candidates) {
        return candidates.stream().filter(candidate -> context.schemas().breaksOnly(effective, typedAsText(effective, candidate),
                Set.of(keyword))).findFirst();
    }

    /** A valid value's text, to mutate one keyword of; empty when the schema's value is no scalar. */
    private String validText(JsonNode schema) {
        JsonNode value = requests.values().generated(schema, ValidValues.Shape.MINIMAL);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    /**
     * A text of {@code length} code points that breaks only maxLength: a value the schema's other keywords allow at
     * that length, else the valid one padded with its own last character, else with letters.
     */
    private Optional<String> lengthened(ObjectNode effective, String valid, int length) {
        List<String> candidates = new ArrayList<>();
        requests.values().text(effective, length).ifPresent(candidates::add);
        if (!valid.isEmpty()) {
            candidates.add(padded(valid, valid.substring(valid.offsetByCodePoints(0, ValidValues.codePoints(valid) - 1)), length));
        }
        candidates.add("x".repeat(length));
        return isolated(effective, "maxLength", candidates);
    }

    /** The valid text cut to {@code length} code points, or a value the other keywords allow at that length. */
    private Optional<String> shortened(ObjectNode effective, String valid, int length) {
        if (ValidValues.codePoints(valid) > length) {
            return Optional.of(valid.substring(0, valid.offsetByCodePoints(0, length)));
        }
        return requests.values().text(effective, length).or(() -> Optional.of("x".repeat(length)));
    }

    private static String padded(String text, String with, int length) {
        StringBuilder padded = new StringBuilder(text);
        for (int count = ValidValues.codePoints(text); count < length; count++) {
            padded.append(with);
        }
        return padded.toString();
    }

    /** A number beside the valid one that is no multiple of {@code step}: half a step on, or one on for integers. */
    private static Optional<String> notMultiple(String valid, BigDecimal step, boolean integer) {
        try {
            BigDecimal value = new BigDecimal(valid);
            BigDecimal offset = integer ? BigDecimal.ONE : step.divide(BigDecimal.valueOf(2));
            return integer && step.compareTo(BigDecimal.ONE) <= 0 ? Optional.empty() : Optional.of(plain(value.add(offset)));
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * Texts the pattern does not match, nearest the valid value first: it with one character changed, or added, then
     * fixed tries.
     */
    private List<String> offPattern(String pattern, String valid) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (RuntimeException unreadable) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>();
        if (!valid.isEmpty()) {
            int first = valid.offsetByCodePoints(0, 1);
            int last = valid.offsetByCodePoints(valid.length(), -1);
            candidates.addAll(List.of("!" + valid.substring(first), valid.substring(0, last) + "!", "!" + valid, valid + "!"));
        }
        candidates.addAll(List.of("!!", "", " ", "0", "a", "~~~~~~~~"));
        return candidates.stream().filter(candidate -> !compiled.matcher(candidate).find()).toList();
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        return object::fields;
    }
}
