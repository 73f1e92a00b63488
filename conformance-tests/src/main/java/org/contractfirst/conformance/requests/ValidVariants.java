package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.values.Schemas;
import org.contractfirst.values.ValidValues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid variants of an operation's valid call, beyond its examples: each optional parameter given; each body field at
 * the edges its constraints allow (the shortest and longest text in code points, the first and last enum value, the
 * least and greatest number); each branch of the body's {@code oneOf} or {@code anyOf}; each other media type of the
 * body; then bodies drawn at random from the run's seed. Identifying inputs (path parameters, fixtures) keep their
 * values, so that every variant names something that exists. Each variant is checked with the schema validator
 * before it is sent: the suite sends only what the spec allows.
 */
public final class ValidVariants {

    /** One valid call and what is special about it. */
    public record Variant(String description, Call call) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int LONGEST_TEXT = 10_000;

    private final Session session;
    private final Requests requests;
    private final Schemas schemas;

    public ValidVariants(Session session) {
        this.session = session;
        this.requests = session.requests();
        this.schemas = session.spec().schemas();
    }

    public List<Variant> of(Operation operation) {
        Call valid = requests.valid(operation);
        List<Variant> variants = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            if (!valid.parameters().containsKey(parameter)) {
                variants.add(new Variant("with the optional " + parameter, valid.withParameter(parameter,
                        requests.parameterValue(parameter))));
            }
        }
        valid.media().ifPresent(media -> bodyVariants(operation, valid, media, variants));
        operation.requestBody().ifPresent(body -> body.content().values().stream()
                .filter(other -> valid.media().filter(media -> media.name().equals(other.name())).isEmpty())
                .forEach(other -> variants.add(new Variant("as " + other.name(), valid.withBody(other, requests.bodyValue(other))))));
        return variants.stream().filter(this::allowed).toList();
    }

    private void bodyVariants(Operation operation, Call valid, MediaType media, List<Variant> variants) {
        JsonNode base = valid.body().orElse(NODES.nullNode());
        ObjectNode schema = schemas.effective(media.schema());
        if (base instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : fields(schema.path("properties"))) {
                if (session.target().fixture(property.getKey()).isPresent()) {
                    continue;
                }
                edges(property.getValue()).forEach((description, value) -> {
                    ObjectNode changed = object.deepCopy();
                    changed.set(property.getKey(), value);
                    variants.add(new Variant(property.getKey() + " " + description, valid.withBody(media, changed)));
                });
            }
        }
        List<JsonNode> branches = requests.values().variants(media.schema(), ValidValues.Shape.MINIMAL);
        if (branches.size() > 1) {
            for (int branch = 0; branch < branches.size(); branch++) {
                variants.add(new Variant("the body's branch " + (branch + 1) + " of " + branches.size(),
                        valid.withBody(media, requests.withFixtures(media, branches.get(branch)))));
            }
        }
        int random = session.options().maxRequestsPerOperation();
        for (int draw = 1; draw <= random; draw++) {
            JsonNode drawn = withKnownFormats(schema, requests.values().generated(media.schema(), ValidValues.Shape.COMPLETE),
                    base);
            variants.add(new Variant("a body drawn at random (" + draw + " of " + random + ")",
                    valid.withBody(media, requests.withFixtures(media, drawn))));
        }
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

    /** The values at the edges of a field's constraints, each named for its edge. */
    private Map<String, JsonNode> edges(JsonNode property) {
        Map<String, JsonNode> edges = new LinkedHashMap<>();
        ObjectNode schema = schemas.effective(property);
        var types = schemas.types(schema);
        if (schema.path("readOnly").asBoolean(false)) {
            return edges;
        }
        if (schema.path("enum").isArray() && !schema.get("enum").isEmpty()) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(value -> {
                if (!value.isNull()) {
                    values.add(value);
                }
            });
            if (!values.isEmpty()) {
                edges.put("at its first enum value", values.get(0));
                edges.put("at its last enum value", values.get(values.size() - 1));
                edges.put("at a random enum value", values.get(session.random().nextInt(values.size())));
            }
        } else if (types.contains("string") && !schema.has("format") && schemas.patterns(schema).isEmpty()
                && schema.has("maxLength") && schema.get("maxLength").asInt() < LONGEST_TEXT) {
            int min = schema.path("minLength").asInt(0);
            int max = schema.get("maxLength").asInt();
            if (min > 0) {
                edges.put("at its minimum length " + min, NODES.textNode(text(min)));
            }
            edges.put("at its maximum length " + max, NODES.textNode(text(max)));
            int length = Math.max(1, min) + session.random().nextInt(Math.max(1, max - Math.max(1, min) + 1));
            edges.put("at a random length " + length, NODES.textNode(text(Math.min(length, max))));
        } else if (types.contains("integer") && schema.has("minimum") && schema.has("maximum")) {
            long min = schema.get("minimum").asLong();
            long max = schema.get("maximum").asLong();
            edges.put("at its minimum " + min, NODES.numberNode(min));
            edges.put("at its maximum " + max, NODES.numberNode(max));
            edges.put("at a random value", NODES.numberNode(BigDecimal.valueOf(min + (long) (session.random().nextDouble()
                    * (max - min))).longValue()));
        }
        return edges;
    }

    /** Whether the variant's body and parameters are ones the spec allows, by the schema validator. */
    private boolean allowed(Variant variant) {
        Call call = variant.call();
        for (Map.Entry<Parameter, JsonNode> parameter : call.parameters().entrySet()) {
            if (parameter.getKey().schema().isObject() && !session.schemas().errors(parameter.getKey().schema(),
                    ValidValues.Direction.REQUEST, parameter.getValue()).isEmpty()) {
                return false;
            }
        }
        return call.media().isEmpty() || call.body().isEmpty() || !call.media().get().schema().isObject()
                || session.schemas().errors(call.media().get().schema(), ValidValues.Direction.REQUEST, call.body().get()).isEmpty();
    }

    /** Text of exactly {@code length} code points, drawn from the run's seed. */
    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + session.random().nextInt(26)));
        }
        return text.toString();
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        return object::fields;
    }
}
