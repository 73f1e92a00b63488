package org.contractfirst.client.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flattens a form field into the names and values Unipile's forms take: nested objects as {@code a[b][c]=v},
 * arrays as the same key repeated. Values go through the model's JSON form first, so that enums are sent as their
 * wire values and an {@code anyOf} holder as the fields of the variant it holds.
 */
final class BracketNotation {

    private BracketNotation() {
    }

    static List<Map.Entry<String, String>> flatten(String name, Object value) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        add(fields, name, Codec.tree(value));
        return fields;
    }

    private static void add(List<Map.Entry<String, String>> fields, String name, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> add(fields, name + "[" + field.getKey() + "]", field.getValue()));
        } else if (node.isArray()) {
            node.forEach(item -> add(fields, name, item));
        } else {
            fields.add(Map.entry(name, node.asText()));
        }
    }
}
