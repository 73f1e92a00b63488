package org.contractfirst.spec.breaking.editspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import org.contractfirst.spec.layout.ShapeWalker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes of a scalar, by its keyword: a bound tightened and loosened; a value with a fixed set of meanings (a
 * type, where a parameter is, a style, a format, an HTTP scheme, the version of OpenAPI) replaced by the next of its
 * set, so that the edit stays a spec; a reference pointed at another component of its kind; a flag flipped; any other number moved by
 * one and any other text altered.
 */
final class ScalarEdits {

    private static final Set<String> LOWER_BOUNDS = Set.of("minLength", "minItems", "minProperties", "minimum",
            "exclusiveMinimum");
    private static final Set<String> UPPER_BOUNDS = Set.of("maxLength", "maxItems", "maxProperties", "maximum",
            "exclusiveMaximum");
    /** Counts cannot go below 0. */
    private static final Set<String> COUNTS = Set.of("minLength", "maxLength", "minItems", "maxItems", "minProperties",
            "maxProperties");
    private static final Map<String, List<List<String>>> MEANINGS = Map.of(
            "type", List.of(List.of("string", "integer", "number", "boolean", "array", "object", "null"),
                    List.of("apiKey", "http", "oauth2", "openIdConnect")),
            "in", List.of(List.of("query", "header", "path", "cookie")),
            "style", List.of(List.of("form", "simple", "label", "matrix", "spaceDelimited", "pipeDelimited",
                    "deepObject")),
            "format", List.of(List.of("int32", "int64"), List.of("float", "double"), List.of("date", "date-time"),
                    List.of("uuid", "uri", "email"), List.of("byte", "binary")),
            "scheme", List.of(List.of("basic", "bearer", "digest")),
            "openapi", List.of(List.of("3.0.0", "3.0.1", "3.0.2", "3.0.3", "3.0.4"), List.of("3.1.0", "3.1.1")));

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ScalarEdits() {
    }

    static List<Edit> of(Place place, JsonNode value, JsonNode spec) {
        if (value.isBoolean()) {
            return List.of(new Edit(Edit.Kind.CHANGE, place, BooleanNode.valueOf(!value.asBoolean())));
        }
        if (value.isNumber()) {
            return number(place, value.decimalValue());
        }
        if (value.isTextual()) {
            String changed = text(place.keyword(), value.asText(), spec);
            return changed == null ? List.of() : List.of(new Edit(Edit.Kind.CHANGE, place, TextNode.valueOf(changed)));
        }
        return List.of();
    }

    private static List<Edit> number(Place place, BigDecimal value) {
        String keyword = place.last().name() ? "" : place.last().text();
        List<Edit> edits = new ArrayList<>();
        if (LOWER_BOUNDS.contains(keyword) || UPPER_BOUNDS.contains(keyword)) {
            boolean lower = LOWER_BOUNDS.contains(keyword);
            BigDecimal up = value.add(BigDecimal.ONE);
            BigDecimal down = value.subtract(BigDecimal.ONE);
            bound(edits, Edit.Kind.TIGHTEN, place, lower ? up : down, COUNTS.contains(keyword));
            bound(edits, Edit.Kind.LOOSEN, place, lower ? down : up, COUNTS.contains(keyword));
        } else if (keyword.equals("multipleOf")) {
            edits.add(new Edit(Edit.Kind.TIGHTEN, place, number(value.multiply(TWO))));
            edits.add(new Edit(Edit.Kind.LOOSEN, place, number(value.divide(TWO))));
        } else {
            edits.add(new Edit(Edit.Kind.CHANGE, place, number(value.add(BigDecimal.ONE))));
        }
        return edits;
    }

    private static void bound(List<Edit> edits, Edit.Kind kind, Place place, BigDecimal value, boolean count) {
        if (!count || value.signum() >= 0) {
            edits.add(new Edit(kind, place, number(value)));
        }
    }

    private static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? JsonNodeFactory.instance.numberNode(plain.toBigIntegerExact())
                : JsonNodeFactory.instance.numberNode(plain);
    }

    /** The changed text, or null when there is nothing to change it to. */
    private static String text(String keyword, String value, JsonNode spec) {
        if (keyword.equals("$ref") || keyword.equals("mapping")) {
            return otherComponent(value, spec);
        }
        for (List<String> meanings : MEANINGS.getOrDefault(keyword, List.of())) {
            int at = meanings.indexOf(value);
            if (at >= 0) {
                return meanings.get((at + 1) % meanings.size());
            }
        }
        return value + "-edited";
    }

    /** A reference to the next component of the same kind ({@code #/components/schemas/...}), if there is one. */
    private static String otherComponent(String reference, JsonNode spec) {
        int last = reference.lastIndexOf('/');
        if (!reference.startsWith("#/components/") || last < 0) {
            return null;
        }
        String kind = reference.substring(0, last + 1);
        for (Iterator<String> names = spec.at(kind.substring(1, last)).fieldNames(); names.hasNext(); ) {
            String other = kind + ShapeWalker.escape(names.next());
            if (!other.equals(reference)) {
                return other;
            }
        }
        return null;
    }
}
