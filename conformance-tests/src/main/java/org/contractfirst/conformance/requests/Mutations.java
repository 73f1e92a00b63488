package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.http.Body;
import org.contractfirst.conformance.http.HttpRequest;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.values.Schemas;
import org.contractfirst.values.ValidValues;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Invalid variants of an operation's valid request, one per rule its spec states: a required parameter, field or
 * body left out; a value too long or too short, outside its enum, off its pattern, of the wrong type or format, past
 * its bounds; an object without its required field; an undeclared field where none is allowed; a body of another
 * media type, or malformed. Each mutated value is checked with the schema validator first: one the schema would
 * allow is not sent. Each should get a 4xx about the input and change nothing.
 */
public final class Mutations {

    /** One invalid request and what is wrong with it. */
    public record Mutation(String description, HttpRequest request) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int OVERSIZED_BODY = 16 * 1024 * 1024;

    private final Session session;
    private final Requests requests;
    private final Schemas schemas;

    public Mutations(Session session) {
        this.session = session;
        this.requests = session.requests();
        this.schemas = session.spec().schemas();
    }

    public List<Mutation> of(Operation operation) {
        Call valid = requests.valid(operation);
        List<Mutation> mutations = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            parameterMutations(valid, parameter, mutations);
        }
        valid.media().ifPresent(media -> bodyMutations(valid, media, mutations));
        if (operation.documentsOwnCode(404) && !session.target().stateless()) {
            unknownResources(valid, mutations);
        }
        if (operation.documentsOwnCode(413) && valid.media().isPresent() && valid.body().orElse(null) instanceof ObjectNode body) {
            ObjectNode padded = body.deepCopy();
            padded.put("padding", "p".repeat(OVERSIZED_BODY));
            mutations.add(new Mutation("a body of " + OVERSIZED_BODY / (1024 * 1024) + " MiB, over any limit an API of this"
                    + " kind documents", requests.render(valid.withBody(valid.media().get(), padded))));
        }
        if (operation.documentsOwnCode(406)) {
            mutations.add(new Mutation("an Accept that no documented media type matches",
                    requests.render(valid.withHeader("Accept", "application/x-undocumented"))));
        }
        return mutations;
    }

    private void parameterMutations(Call valid, Parameter parameter, List<Mutation> mutations) {
        String name = parameter.in() + " parameter " + parameter.name();
        if (parameter.required() && !parameter.in().equals("path")) {
            mutations.add(new Mutation("without the required " + name, requests.render(valid.withParameter(parameter, null))));
        }
        JsonNode schema = itemSchema(parameter.schema());
        for (Map.Entry<String, String> bad : badScalars(schema, parameter.in().equals("path")).entrySet()) {
            JsonNode value = NODES.textNode(bad.getValue());
            JsonNode typed = typedAsText(schema, bad.getValue());
            JsonNode whole = schemas.types(schemas.effective(parameter.schema())).contains("array")
                    ? NODES.arrayNode().add(typed) : typed;
            if (session.schemas().errors(parameter.schema(), ValidValues.Direction.REQUEST, whole).isEmpty()) {
                continue;
            }
            JsonNode sent = schemas.types(schemas.effective(parameter.schema())).contains("array")
                    ? NODES.arrayNode().add(value) : value;
            mutations.add(new Mutation(name + " " + bad.getKey(), requests.render(valid.withParameter(parameter, sent))));
        }
    }

    /** The schema of one value of a parameter: its own, or its items' for an array. */
    private JsonNode itemSchema(JsonNode schema) {
        ObjectNode effective = schemas.effective(schema);
        return schemas.types(effective).contains("array") && effective.has("items") ? effective.get("items") : schema;
    }

    /** A parameter's text as the value the server reads: a number where the schema types one and it parses. */
    private JsonNode typedAsText(JsonNode schema, String text) {
        var types = schemas.types(schemas.effective(schema));
        try {
            if (types.contains("integer") && text.matches("-?\\d+")) {
                return NODES.numberNode(new java.math.BigInteger(text));
            }
            if (types.contains("number") && text.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                return NODES.numberNode(new BigDecimal(text));
            }
        } catch (NumberFormatException notANumber) {
            return NODES.textNode(text);
        }
        if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.textNode(text);
    }

    private void bodyMutations(Call valid, MediaType media, List<Mutation> mutations) {
        JsonNode base = valid.body().orElse(NODES.nullNode());
        boolean json = media.isJson();
        if (session.requests().render(valid).body().isEmpty()) {
            return;
        }
        if (valid.operation().requestBody().map(body -> body.required()).orElse(false)) {
            mutations.add(new Mutation("without its required body", requests.render(valid.withoutBody())));
        }
        ObjectNode schema = schemas.effective(media.schema());
        if (base instanceof ObjectNode object) {
            for (String field : Schemas.required(schema)) {
                if (object.has(field)) {
                    ObjectNode changed = object.deepCopy();
                    changed.remove(field);
                    add(valid, media, "without the required field " + field, changed, mutations);
                }
            }
            for (Map.Entry<String, JsonNode> property : fields(schema.path("properties"))) {
                String field = property.getKey();
                JsonNode propertySchema = property.getValue();
                if (schemas.effective(propertySchema).path("readOnly").asBoolean(false)) {
                    // A request should not carry it, and a server may ignore it when it does: no value of it is bad.
                    continue;
                }
                for (Map.Entry<String, JsonNode> bad : badValues(propertySchema, json).entrySet()) {
                    ObjectNode changed = object.deepCopy();
                    changed.set(field, bad.getValue());
                    add(valid, media, field + " " + bad.getKey(), changed, mutations);
                }
                incompleteObject(propertySchema).ifPresent(partial -> {
                    ObjectNode changed = object.deepCopy();
                    changed.set(field, partial);
                    add(valid, media, field + " without its required field", changed, mutations);
                });
            }
            JsonNode additional = schema.path("additionalProperties");
            if (additional.isBoolean() && !additional.asBoolean()) {
                ObjectNode changed = object.deepCopy();
                changed.put("undeclared_field", "x");
                add(valid, media, "an undeclared field", changed, mutations);
            }
        }
        HttpRequest rendered = requests.render(valid);
        if (!media.essence().startsWith("text/")) {
            mutations.add(new Mutation("a text/plain body", rendered.withBody(Body.of("text/plain",
                    rendered.body().bytes()))));
        }
        if (json) {
            mutations.add(new Mutation("malformed JSON", rendered.withBody(Body.text(media.name(), "{\"broken\":"))));
        } else if (media.essence().startsWith("multipart/")) {
            // A deepObject property's part with its bracket left open: an extra part of another name may be an
            // additional property the schema allows.
            media.encoding().entrySet().stream()
                    .filter(encoding -> encoding.getValue().path("style").asText("").equals("deepObject"))
                    .findFirst().ifPresent(deepObject -> {
                        List<Body.Part> parts = new ArrayList<>(rendered.body().parts());
                        parts.add(Body.Part.text(deepObject.getKey() + "[broken", "x"));
                        mutations.add(new Mutation("a part of " + deepObject.getKey() + " whose name is not in bracket"
                                + " notation", rendered.withBody(Body.multipart(parts))));
                    });
        }
    }

    /** Adds the mutation if the validator agrees that the value breaks the body's schema. */
    private void add(Call valid, MediaType media, String description, JsonNode value, List<Mutation> mutations) {
        if (session.schemas().errors(media.schema(), ValidValues.Direction.REQUEST, value).isEmpty()) {
            return;
        }
        mutations.add(new Mutation(description, requests.render(valid.withBody(media, value))));
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
        badScalars(item, false).forEach((description, text) -> bad.put(description, typedAsText(item, text)));
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
                if (session.target().fixture(property.getKey()).isPresent()) {
                    unknownValue(property.getValue()).ifPresent(unknown -> {
                        ObjectNode changed = ((ObjectNode) body).deepCopy();
                        changed.put(property.getKey(), unknown);
                        mutations.add(new Mutation("a well-formed " + property.getKey() + " that names nothing, " + unknown,
                                requests.render(valid.withBody(media, changed))));
                    });
                }
            }
        }));
        for (Parameter parameter : valid.operation().parameters()) {
            boolean identifying = parameter.in().equals("path") || parameter.in().equals("query") && parameter.required();
            JsonNode item = itemSchema(parameter.schema());
            ObjectNode schema = schemas.effective(item);
            if (!identifying || schema.has("enum") || !schemas.types(schema).contains("string")) {
                continue;
            }
            boolean array = item != parameter.schema();
            unknownValue(item).ifPresent(unknown -> mutations.add(new Mutation("a well-formed " + parameter.name()
                    + " that names nothing, " + unknown, requests.render(valid.withParameter(parameter,
                    array ? NODES.arrayNode().add(unknown) : NODES.textNode(unknown))))));
        }
    }

    /** A fresh value of the schema's format, length and pattern (a plain marker, a UUID or an address), if one fits. */
    private Optional<String> unknownValue(JsonNode schema) {
        String marker = session.marker();
        String uuid = UUID.nameUUIDFromBytes(marker.getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode effective = schemas.effective(schema);
        List<String> candidates = switch (effective.path("format").asText("")) {
            case "uuid" -> List.of(uuid);
            case "email" -> List.of(marker + "@example.com");
            default -> List.of(marker, uuid, marker + "@example.com");
        };
        return candidates.stream().filter(value -> session.schemas().errors(schema, ValidValues.Direction.REQUEST,
                NODES.textNode(value)).isEmpty()).findFirst();
    }

    /** Text values that break a scalar schema's constraints, each named for what is wrong with it. */
    private Map<String, String> badScalars(JsonNode schema, boolean inPath) {
        Map<String, String> bad = new LinkedHashMap<>();
        ObjectNode effective = schemas.effective(schema);
        var types = schemas.types(effective);
        if (effective.path("enum").isArray() && types.contains("string")) {
            bad.put("outside its enum", "NOT_IN_THE_ENUM");
        }
        if (effective.has("maxLength") && effective.get("maxLength").asInt() < 10_000) {
            int max = effective.get("maxLength").asInt();
            bad.put("one character too long", "x".repeat(max + 1));
            int tooLong = max + 2 + session.random().nextInt(Math.min(max, 64) + 1);
            bad.put("at a random length over its maximum, " + tooLong, "y".repeat(tooLong));
        }
        if (!inPath && effective.path("minLength").asInt(0) > 0) {
            bad.put("one character too short", "x".repeat(effective.get("minLength").asInt() - 1));
        }
        for (String pattern : schemas.patterns(effective)) {
            offPattern(pattern).ifPresent(text -> bad.put("off its pattern " + pattern, text));
        }
        if (types.contains("integer") || types.contains("number")) {
            bad.put("not a number", "not-a-number");
            schemas.lower(effective).ifPresent(bound -> bad.put("below its minimum",
                    bound.value().subtract(BigDecimal.ONE).toPlainString()));
            schemas.upper(effective).ifPresent(bound -> bad.put("above its maximum",
                    bound.value().add(BigDecimal.ONE).toPlainString()));
        }
        if (types.contains("boolean")) {
            bad.put("not a boolean", "maybe");
        }
        String format = effective.path("format").asText("");
        if (List.of("date-time", "date", "time", "uuid", "email", "uri", "ipv4", "ipv6", "hostname").contains(format)) {
            bad.put("not a " + format, "not a " + format);
        }
        return bad;
    }

    /** A text the pattern does not match; empty when none of the tries misses it. */
    private Optional<String> offPattern(String pattern) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        for (String candidate : List.of("!!", "", " ", "0", "a", "~~~~~~~~")) {
            if (!compiled.matcher(candidate).find()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        return object::fields;
    }
}
