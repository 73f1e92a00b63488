package org.contractfirst.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form or multipart field in bracket notation, the {@code deepObject} style at any depth: a nested object is sent
 * as {@code a[b][c]=v}, an array as its key repeated. A spec declares it per field with the encoding object
 * ({@code style: deepObject}, {@code explode: true}); clients and the conformance suite write it with
 * {@link #flatten}, servers read it back with {@link #path} and {@link #put}.
 */
public final class BracketNotation {

    private static final Pattern KEY = Pattern.compile("([^\\[\\]]+)((?:\\[[^\\[\\]]*\\])*)");
    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private BracketNotation() {
    }

    /** The fields that carry {@code value} under {@code name}, in order; nulls are left out. */
    public static List<Map.Entry<String, String>> flatten(String name, JsonNode value) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        add(fields, name, value);
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

    /** {@code a[b][c]} as {@code [a, b, c]}; a plain name is a path of one. */
    public static List<String> path(String name) {
        Matcher matcher = KEY.matcher(name == null ? "" : name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a field name in bracket notation");
        }
        List<String> path = new ArrayList<>();
        path.add(matcher.group(1));
        Matcher segments = SEGMENT.matcher(matcher.group(2));
        while (segments.find()) {
            if (segments.group(1).isEmpty()) {
                throw new IllegalArgumentException("'" + name + "': repeat the key for an array instead of []");
            }
            path.add(segments.group(1));
        }
        return path;
    }

    /**
     * Puts {@code value} at {@code path} in {@code tree}, creating the objects on the way; a second value at the same
     * path makes an array of both.
     *
     * @throws IllegalArgumentException when the path runs through a value, or ends at an object
     */
    public static void put(ObjectNode tree, List<String> path, JsonNode value) {
        ObjectNode parent = tree;
        for (String segment : path.subList(0, path.size() - 1)) {
            JsonNode child = parent.get(segment);
            if (child == null) {
                child = parent.putObject(segment);
            } else if (!child.isObject()) {
                throw new IllegalArgumentException("'" + segment + "' is both a value and an object");
            }
            parent = (ObjectNode) child;
        }
        String last = path.get(path.size() - 1);
        JsonNode existing = parent.get(last);
        if (existing == null) {
            parent.set(last, value);
        } else if (existing.isArray()) {
            ((ArrayNode) existing).add(value);
        } else if (existing.isObject()) {
            throw new IllegalArgumentException("'" + last + "' is both a value and an object");
        } else {
            parent.putArray(last).add(existing).add(value);
        }
    }
}
