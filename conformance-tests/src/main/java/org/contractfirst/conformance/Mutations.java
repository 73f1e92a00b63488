package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invalid variants of an operation's valid request, one per constraint its spec states: a required parameter or
 * field left out, a value too long or too short, outside its enum, off its pattern, of the wrong type or format, an
 * object without its required field, an undeclared field where none is allowed, a wrong Content-Type, a malformed
 * body. Each should get a documented 4xx and change nothing.
 */
public final class Mutations {

    /** One invalid request and what is wrong with it. */
    public record Mutation(String description, HttpRequest request) {
    }

    private static final int OVERSIZED_BODY = 16 * 1024 * 1024;

    private final Session session;

    public Mutations(Session session) {
        this.session = session;
    }

    public List<Mutation> of(ApiSpec.Endpoint endpoint) {
        HttpRequest valid = session.requests().valid(endpoint);
        List<Mutation> mutations = new ArrayList<>();
        for (Parameter parameter : session.spec().parameters(endpoint)) {
            if (parameter.getIn().equals("query") || parameter.getIn().equals("path")) {
                parameterMutations(endpoint, valid, parameter, mutations);
            }
        }
        session.spec().requestBody(endpoint).ifPresent(media -> bodyMutations(valid, media.getKey(), media.getValue(), mutations));
        Map<String, ?> documented = session.spec().responses(endpoint);
        if (documented.containsKey("404")) {
            unknownResources(endpoint, mutations);
        }
        if (documented.containsKey("413")) {
            session.spec().requestBody(endpoint).ifPresent(media -> {
                JsonNode body = session.requests().bodyValue(media.getValue());
                if (body instanceof ObjectNode object) {
                    object.put("padding", "p".repeat(OVERSIZED_BODY));
                    mutations.add(body(valid, media.getKey(), media.getValue(), "a body of " + OVERSIZED_BODY / (1024 * 1024)
                            + " MiB, over any limit an API of this kind documents", object));
                }
            });
        }
        if (documented.containsKey("406")) {
            mutations.add(new Mutation("an Accept that no documented media type matches",
                    valid.withHeader("Accept", "application/x-undocumented")));
        }
        return mutations;
    }

    @SuppressWarnings("rawtypes")
    private void parameterMutations(ApiSpec.Endpoint endpoint, HttpRequest valid, Parameter parameter,
                                    List<Mutation> mutations) {
        String name = parameter.getName();
        Schema value = valueSchema(parameter);
        boolean query = parameter.getIn().equals("query");
        if (query && Boolean.TRUE.equals(parameter.getRequired())) {
            mutations.add(new Mutation("without the required parameter " + name, valid.withQuery(
                    valid.query().stream().filter(pair -> !pair.getKey().equals(name)).toList())));
        }
        for (Map.Entry<String, String> bad : badScalars(value, !query).entrySet()) {
            String description = name + " " + bad.getKey();
            if (query) {
                List<Map.Entry<String, String>> changed = new ArrayList<>(valid.query().stream()
                        .filter(pair -> !pair.getKey().equals(name)).toList());
                changed.add(Map.entry(name, bad.getValue()));
                mutations.add(new Mutation(description, valid.withQuery(changed)));
            } else {
                session.requests().withInput(endpoint, name, bad.getValue())
                        .ifPresent(request -> mutations.add(new Mutation(description, request)));
            }
        }
    }

    /**
     * Each identifying input given a well-formed value that names nothing: a path parameter, a required query
     * parameter, or a body field whose value the target had to supply as a fixture.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void unknownResources(ApiSpec.Endpoint endpoint, List<Mutation> mutations) {
        session.spec().requestBody(endpoint).map(media -> session.spec().resolve(media.getValue().getSchema()).getProperties())
                .ifPresent(properties -> ((Map<String, Schema>) properties).forEach((field, property) -> {
                    if (session.target().fixture(field).isPresent()) {
                        unknownValue(session.spec().resolve(property)).flatMap(unknown -> session.requests()
                                .withInput(endpoint, field, unknown).map(request -> new Mutation(
                                        "a well-formed " + field + " that names nothing, " + unknown, request)))
                                .ifPresent(mutations::add);
                    }
                }));
        for (Parameter parameter : session.spec().parameters(endpoint)) {
            boolean identifying = parameter.getIn().equals("path")
                    || parameter.getIn().equals("query") && Boolean.TRUE.equals(parameter.getRequired());
            Schema value = valueSchema(parameter);
            if (!identifying || value.getEnum() != null || !"string".equals(value.getType())) {
                continue;
            }
            unknownValue(value).flatMap(unknown -> session.requests().withInput(endpoint, parameter.getName(), unknown)
                    .map(request -> new Mutation("a well-formed " + parameter.getName() + " that names nothing, " + unknown,
                            request))).ifPresent(mutations::add);
        }
    }

    /** The schema of one value of a parameter: its own, or its items' for an array. */
    @SuppressWarnings("rawtypes")
    private Schema valueSchema(Parameter parameter) {
        Schema schema = session.spec().resolve(parameter.getSchema());
        return "array".equals(schema.getType()) ? session.spec().resolve(schema.getItems()) : schema;
    }

    /** A fresh value of the schema's format, length and pattern (a plain marker, a UUID or an address), if one fits. */
    @SuppressWarnings("rawtypes")
    private Optional<String> unknownValue(Schema schema) {
        String marker = session.marker();
        String uuid = java.util.UUID.nameUUIDFromBytes(marker.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        String email = marker + "@example.com";
        List<String> candidates = switch (schema.getFormat() == null ? "" : schema.getFormat()) {
            case "uuid" -> List.of(uuid);
            case "email" -> List.of(email);
            default -> List.of(marker, uuid, email);
        };
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
        java.util.regex.Pattern pattern = schema.getPattern() == null ? null
                : java.util.regex.Pattern.compile(schema.getPattern());
        return candidates.stream().filter(value -> value.length() >= min && value.length() <= max)
                .filter(value -> pattern == null || pattern.matcher(value).find())
                .findFirst();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void bodyMutations(HttpRequest valid, String mediaType, MediaType media, List<Mutation> mutations) {
        Schema schema = session.spec().resolve(media.getSchema());
        JsonNode base = session.requests().bodyValue(media);
        boolean json = mediaType.contains("json");
        if (schema.getProperties() != null && base instanceof ObjectNode object) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (String field : required) {
                ObjectNode changed = object.deepCopy();
                changed.remove(field);
                mutations.add(body(valid, mediaType, media, "without the required field " + field, changed));
            }
            ((Map<String, Schema>) schema.getProperties()).forEach((field, property) -> {
                Schema resolved = session.spec().resolve(property);
                for (Map.Entry<String, String> bad : badScalars(resolved, false).entrySet()) {
                    ObjectNode changed = object.deepCopy();
                    changed.put(field, bad.getValue());
                    mutations.add(body(valid, mediaType, media, field + " " + bad.getKey(), changed));
                }
                if (json && "string".equals(resolved.getType()) && resolved.getEnum() == null) {
                    ObjectNode changed = object.deepCopy();
                    changed.put(field, 12345);
                    mutations.add(body(valid, mediaType, media, field + " a number instead of a string", changed));
                }
                incompleteObject(resolved).ifPresent(partial -> {
                    ObjectNode changed = object.deepCopy();
                    changed.set(field, partial);
                    mutations.add(body(valid, mediaType, media, field + " without its required field", changed));
                });
            });
            if (Boolean.FALSE.equals(schema.getAdditionalProperties())) {
                ObjectNode changed = object.deepCopy();
                changed.put("undeclared_field", "x");
                mutations.add(body(valid, mediaType, media, "an undeclared field", changed));
            }
        }
        HttpRequest.Body encoded = Requests.encode(mediaType, media, base);
        mutations.add(new Mutation("a text/plain body", valid.withBody(HttpRequest.Body.text("text/plain",
                encoded.text() != null ? encoded.text() : "type=text"))));
        if (json) {
            mutations.add(new Mutation("malformed JSON", valid.withBody(HttpRequest.Body.text(mediaType, "{\"broken\":"))));
        } else if (mediaType.startsWith("multipart/")) {
            List<HttpRequest.Part> parts = new ArrayList<>(encoded.parts());
            parts.add(HttpRequest.Part.text("broken[bracket", "x"));
            mutations.add(new Mutation("a part whose name is not in bracket notation",
                    valid.withBody(HttpRequest.Body.multipart(parts))));
        }
    }

    /** An object of the schema with one required field missing and, so that it is sent at all, one optional one. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Optional<ObjectNode> incompleteObject(Schema schema) {
        if (schema.getProperties() == null || schema.getRequired() == null || schema.getRequired().isEmpty()) {
            return Optional.empty();
        }
        ObjectNode partial = (ObjectNode) new Samples(session.spec()).of(schema);
        partial.remove((String) schema.getRequired().get(0));
        ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
            Schema resolved = session.spec().resolve(property);
            if (!partial.has(name) && !schema.getRequired().contains(name) && "string".equals(resolved.getType())
                    && resolved.getEnum() == null) {
                partial.put(name, Samples.string(resolved, "12345"));
            }
        });
        return partial.isEmpty() ? Optional.empty() : Optional.of(partial);
    }

    private static Mutation body(HttpRequest valid, String mediaType, MediaType media, String description, JsonNode value) {
        return new Mutation(description, valid.withBody(Requests.encode(mediaType, media, value)));
    }

    /** Values that break a scalar schema's constraints, each named for what is wrong with it. */
    @SuppressWarnings("rawtypes")
    private Map<String, String> badScalars(Schema schema, boolean inPath) {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        if (schema == null) {
            return bad;
        }
        if (schema.getEnum() != null && "string".equals(schema.getType())) {
            bad.put("outside its enum", "NOT_IN_THE_ENUM");
        }
        if (schema.getMaxLength() != null && schema.getMaxLength() < 10_000) {
            bad.put("one character too long", "x".repeat(schema.getMaxLength() + 1));
            int tooLong = schema.getMaxLength() + 2 + session.random().nextInt(Math.min(schema.getMaxLength(), 64) + 1);
            bad.put("at a random length over its maximum, " + tooLong, "y".repeat(tooLong));
        }
        if (!inPath && schema.getMinLength() != null && schema.getMinLength() > 0) {
            bad.put("one character too short", "x".repeat(schema.getMinLength() - 1));
        }
        if (schema.getPattern() != null) {
            bad.put("off its pattern", "!!");
        }
        String type = schema.getType() == null ? "" : schema.getType();
        if (type.equals("integer") || type.equals("number")) {
            bad.put("not a number", "not-a-number");
            if (schema.getMinimum() != null) {
                bad.put("one below its minimum", schema.getMinimum().subtract(java.math.BigDecimal.ONE).toPlainString());
            }
            if (schema.getMaximum() != null) {
                bad.put("one above its maximum", schema.getMaximum().add(java.math.BigDecimal.ONE).toPlainString());
            }
        }
        if (type.equals("boolean")) {
            bad.put("not a boolean", "maybe");
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (List.of("date-time", "date", "uuid", "email", "uri").contains(format)) {
            bad.put("not a " + format, "not a " + format);
        }
        return bad;
    }
}
