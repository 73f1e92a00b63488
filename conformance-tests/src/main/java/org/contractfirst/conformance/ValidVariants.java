package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Valid variants of an operation's valid request, beyond its example: each body field at the edges its constraints
 * allow (the shortest and longest text, the first and last enum value, the least and greatest number), then one
 * value drawn at random within them from the session's seed. The other text fields carry fresh markers, so that
 * each variant changes something (an API may refuse a write that changes nothing). Each should be accepted.
 */
public final class ValidVariants {

    /** One valid request and what is special about it. */
    public record Variant(String description, HttpRequest request) {
    }

    private final Session session;

    public ValidVariants(Session session) {
        this.session = session;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<Variant> of(ApiSpec.Endpoint endpoint) {
        List<Variant> variants = new ArrayList<>();
        session.spec().requestBody(endpoint).ifPresent(media -> {
            Schema schema = session.spec().resolve(media.getValue().getSchema());
            if (schema.getProperties() == null || !(session.requests().bodyValue(media.getValue()) instanceof ObjectNode)) {
                return;
            }
            HttpRequest valid = session.requests().valid(endpoint);
            ((Map<String, Schema>) schema.getProperties()).forEach((field, property) -> {
                if (session.target().fixture(field).isPresent()) {
                    return;
                }
                edges(session.spec().resolve(property)).forEach((description, value) -> {
                    ObjectNode changed = (ObjectNode) Writes.markedBody(session, media.getValue(), new ArrayList<>());
                    changed.set(field, value);
                    variants.add(new Variant(field + " " + description,
                            valid.withBody(Requests.encode(media.getKey(), media.getValue(), changed))));
                });
            });
        });
        return variants;
    }

    @SuppressWarnings("rawtypes")
    private Map<String, JsonNode> edges(Schema schema) {
        Map<String, JsonNode> edges = new java.util.LinkedHashMap<>();
        var nodes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        String type = schema.getType() == null ? "" : schema.getType();
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            List<?> values = schema.getEnum().stream().filter(java.util.Objects::nonNull).toList();
            edges.put("at its first enum value", nodes.pojoNode(values.get(0)));
            edges.put("at its last enum value", nodes.pojoNode(values.get(values.size() - 1)));
            edges.put("at a random enum value", nodes.pojoNode(values.get(session.random().nextInt(values.size()))));
        } else if (type.equals("string") && schema.getFormat() == null && schema.getPattern() == null
                && !Boolean.TRUE.equals(schema.getReadOnly()) && schema.getMaxLength() != null
                && schema.getMaxLength() < 10_000) {
            int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
            int max = schema.getMaxLength();
            if (min > 0) {
                edges.put("at its minimum length " + min, nodes.textNode(text(min)));
            }
            edges.put("at its maximum length " + max, nodes.textNode(text(max)));
            int length = Math.max(1, min) + session.random().nextInt(max - Math.max(1, min) + 1);
            edges.put("at a random length " + length, nodes.textNode(text(length)));
        } else if (type.equals("integer") && schema.getMinimum() != null && schema.getMaximum() != null) {
            long min = schema.getMinimum().longValue();
            long max = schema.getMaximum().longValue();
            edges.put("at its minimum " + min, nodes.numberNode(min));
            edges.put("at its maximum " + max, nodes.numberNode(max));
            edges.put("at a random value", nodes.numberNode(min + (long) (session.random().nextDouble() * (max - min))));
        }
        return edges;
    }

    /** Text of exactly {@code length} characters, drawn from the session's seed. */
    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + session.random().nextInt(26)));
        }
        return text.toString();
    }
}
