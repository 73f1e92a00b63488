package org.contractfirst.conformance.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.contractfirst.values.Schemas;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Text as the JSON value a schema reads it as, the way a server reads a parameter or a client a header: a number
 * where the schema types one and the text is one, a boolean likewise, else the text itself; an array of the simple
 * style's comma-separated items.
 */
public final class TextValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TextValues() {
    }

    public static JsonNode scalar(Schemas schemas, JsonNode schema, String text) {
        var types = schemas.types(schemas.effective(schema));
        try {
            if (types.contains("integer") && text.matches("-?\\d+")) {
                return NODES.numberNode(new BigInteger(text));
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

    /** A header's value in the simple style (RFC 9110 lists are comma-separated too); objects are read as text. */
    public static JsonNode simple(Schemas schemas, JsonNode schema, String text) {
        var effective = schemas.effective(schema);
        if (!schemas.types(effective).contains("array")) {
            return scalar(schemas, schema, text);
        }
        ArrayNode items = NODES.arrayNode();
        if (!text.isBlank()) {
            for (String item : text.split(",", -1)) {
                items.add(scalar(schemas, effective.path("items"), item.trim()));
            }
        }
        return items;
    }
}
