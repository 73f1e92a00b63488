package org.contractfirst.server.runtime.mock;

import org.contractfirst.parameters.PercentEncoding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.values.Schemas;
import org.contractfirst.values.ValidValues;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Random;
import java.util.UUID;

/**
 * The ids a mock gives the items it creates, by the id's schema: a random UUID for {@code format: uuid}; for an
 * integer, one more than the largest taken (from its minimum, and within its maximum or its format's); for other text,
 * the next counter in digits (padded to its {@code minLength}), or, where a pattern, format or enum constrains it, a
 * value drawn from the schema until one is free.
 */
public final class MockIds {

    private static final int DRAWS = 64;

    private final Schemas schemas;
    private final ValidValues values;

    MockIds(Schemas schemas) {
        this.schemas = schemas;
        this.values = new ValidValues(schemas, ValidValues.Direction.RESPONSE, new Random()).acrossTheRange();
    }

    String next(JsonNode schema, Collection<String> taken) {
        ObjectNode effective = schemas.effective(schema);
        String format = effective.path("format").asText("");
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (schemas.types(effective).contains("integer") || schemas.types(effective).contains("number")) {
            BigInteger least = schemas.lower(effective).map(bound -> bound.value().toBigInteger()
                    .add(bound.exclusive() ? BigInteger.ONE : BigInteger.ZERO)).orElse(BigInteger.ONE);
            BigInteger most = schemas.upper(effective).map(bound -> bound.value().toBigInteger()
                    .subtract(bound.exclusive() ? BigInteger.ONE : BigInteger.ZERO))
                    .orElse(effective.path("format").asText().equals("int32") ? BigInteger.valueOf(Integer.MAX_VALUE)
                            : BigInteger.valueOf(Long.MAX_VALUE));
            BigInteger largest = least.subtract(BigInteger.ONE);
            for (String id : taken) {
                if (id.matches("-?\\d{1,30}")) {
                    largest = largest.max(new BigInteger(id));
                }
            }
            if (largest.compareTo(most) < 0) {
                return largest.add(BigInteger.ONE).toString();
            }
            // The top of the range is taken: the first free number from its bottom.
            for (BigInteger id = least; id.compareTo(most) <= 0; id = id.add(BigInteger.ONE)) {
                if (!taken.contains(id.toString())) {
                    return id.toString();
                }
            }
            throw new MockState.Refusal(MockState.CONFLICT, "every id of the range is taken");
        }
        if (!format.isEmpty() || effective.has("pattern") || effective.has("enum")) {
            for (int draw = 0; draw < DRAWS; draw++) {
                JsonNode drawn = values.generated(schema, ValidValues.Shape.MINIMAL);
                if (drawn.isValueNode() && !taken.contains(drawn.asText())) {
                    return drawn.asText();
                }
            }
            throw new MockState.Refusal(MockState.CONFLICT, "no id of its schema is free");
        }
        int least = effective.path("minLength").asInt(1);
        for (long counter = taken.size() + 1L; ; counter++) {
            String id = "0".repeat(Math.max(0, least - Long.toString(counter).length())) + counter;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /** The id as the JSON value its schema types it: a number for a numeric id, else text. */
    JsonNode node(JsonNode schema, String id) {
        ObjectNode effective = schemas.effective(schema);
        boolean numeric = schemas.types(effective).contains("integer") || schemas.types(effective).contains("number");
        if (numeric && id.matches("-?\\d{1,30}")) {
            return JsonNodeFactory.instance.numberNode(new BigInteger(id));
        }
        return JsonNodeFactory.instance.textNode(id);
    }

    /** The id as a path segment. */
    static String escaped(String id) {
        return PercentEncoding.urlEncoder(id);
    }
}
