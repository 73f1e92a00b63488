package org.contractfirst.spec.breaking;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.layout.ShapeWalker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A value of a spec together with where it is written: its source file and its JSON pointer there. */
public record Node(Source source, String pointer, JsonNode value) {

    private static final int LONGEST_REF_CHAIN = 64;

    public Node get(String key) {
        return new Node(source, pointer + "/" + ShapeWalker.escape(key), value.path(key));
    }

    public Node get(int index) {
        return new Node(source, pointer + "/" + index, value.path(index));
    }

    public boolean exists() {
        return !value.isMissingNode();
    }

    public boolean has(String key) {
        return value.has(key) && !value.get(key).isNull();
    }

    /** The text of a scalar field, or null. */
    public String text(String key) {
        JsonNode field = value.get(key);
        return field == null || !field.isValueNode() || field.isNull() ? null : field.asText();
    }

    public boolean flag(String key) {
        return value.path(key).asBoolean(false);
    }

    /** The fields of an object, in written order; nothing for anything else. */
    public Map<String, Node> fields() {
        Map<String, Node> fields = new LinkedHashMap<>();
        if (value.isObject()) {
            value.fieldNames().forEachRemaining(name -> fields.put(name, get(name)));
        }
        return fields;
    }

    public List<Node> items() {
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < value.size() && value.isArray(); i++) {
            items.add(get(i));
        }
        return items;
    }

    /** The element this one's {@code $ref} chain ends at; itself when it is no reference or the chain cannot be followed. */
    public Node resolved() {
        Node at = this;
        Set<String> seen = new HashSet<>();
        while (at.value.isObject() && at.value.path("$ref").isTextual() && seen.size() < LONGEST_REF_CHAIN) {
            if (!seen.add(at.source.name() + at.pointer)) {
                return at;
            }
            Node target = at.source.resolve(at.value.get("$ref").asText());
            if (target == null || !target.exists()) {
                return at;
            }
            at = target;
        }
        return at;
    }

    /** The name a {@code $ref} gives its target (the last segment of the reference), or null for an inline element. */
    public String refName() {
        String ref = text("$ref");
        return ref == null ? null : nameOf(ref);
    }

    /** The name a reference gives its target: its last segment ({@code Cat} of {@code #/components/schemas/Cat}). */
    public static String nameOf(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }

    public Location location() {
        return new Location(source.name(), source.line(pointer), pointer);
    }
}
