package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.values.Schemas;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The places of a value that its schema describes, for mutating or stretching one at a time: the value itself, each
 * property of an object present in it or declared by its schema (a declared one may be absent), and the first item
 * of each array, to a bounded depth. Each place has a JSON pointer, the schema that holds there and the value there
 * (null where it is absent). A branch of {@code oneOf} or {@code anyOf} is not entered: which one holds is the
 * value's, not the schema's, to say.
 */
public final class SchemaSites {

    /** One place: where it is, its schema, and its value (null where the value has none there). */
    public record Site(String pointer, JsonNode schema, JsonNode value) {

        public boolean present() {
            return value != null;
        }
    }

    private static final int DEEPEST = 4;

    private SchemaSites() {
    }

    public static List<Site> of(Schemas schemas, JsonNode schema, JsonNode value) {
        List<Site> sites = new ArrayList<>();
        walk(schemas, schema, value, "", 0, sites);
        return sites;
    }

    private static void walk(Schemas schemas, JsonNode schema, JsonNode value, String pointer, int depth, List<Site> sites) {
        sites.add(new Site(pointer, schema, value));
        if (depth >= DEEPEST || schema.isMissingNode()) {
            return;
        }
        ObjectNode effective = schemas.effective(schema);
        if (effective.has("oneOf") || effective.has("anyOf")) {
            return;
        }
        if ((value == null || value.isObject()) && effective.path("properties").isObject()) {
            Iterator<Map.Entry<String, JsonNode>> properties = effective.get("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode child = value == null ? null : value.get(property.getKey());
                if (value != null) {
                    walk(schemas, property.getValue(), child, pointer + "/" + escaped(property.getKey()), depth + 1, sites);
                }
            }
        } else if (value instanceof ArrayNode array && !array.isEmpty() && effective.has("items")) {
            walk(schemas, effective.get("items"), array.get(0), pointer + "/0", depth + 1, sites);
        }
    }

    /** A copy of {@code root} with {@code value} at {@code pointer}, or without what is there where it is null. */
    public static JsonNode replaced(JsonNode root, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value;
        }
        JsonNode copy = root.deepCopy();
        int last = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, last));
        String key = unescaped(pointer.substring(last + 1));
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(key);
            } else {
                object.set(key, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(key);
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
        return copy;
    }

    /** A name as a JSON pointer's segment (RFC 6901). */
    public static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    public static String unescaped(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    /** The name a pointer starts with, the top-level field it is under; empty for the root. */
    public static String topName(String pointer) {
        String[] segments = pointer.split("/", 3);
        return segments.length > 1 ? unescaped(segments[1]) : "";
    }
}
