package org.contractfirst.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.form.BracketNotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes a parameter's value in its style and explode (OpenAPI 3.1 §4.8.12.4): a path segment, a query's name=value
 * pairs, a header's value, a cookie's pairs. A value is a {@link JsonNode} or a plain value Jackson turns into one (a
 * string, number or boolean, a list, a map). Names and values are percent-encoded as the {@link Spelling} says, a
 * header's not at all; the style's delimiters are not. {@link StyleReader} reads them back.
 */
public final class StyleWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Spelling spelling;

    public StyleWriter(Spelling spelling) {
        this.spelling = spelling;
    }

    /** The text that replaces {@code {name}} in the path: {@code simple}, {@code label} or {@code matrix}. */
    public String path(String name, Style style, boolean explode, Object value) {
        JsonNode tree = tree(value);
        UnaryOperator<String> encode = text -> spelling.encode(text, false);
        return switch (style) {
            case LABEL -> "." + joined(tree, explode ? "." : ",", explode ? "=" : ",", encode);
            case MATRIX -> matrix(name, tree, explode, encode);
            default -> joined(tree, ",", explode ? "=" : ",", encode);
        };
    }

    /**
     * The encoded name=value pairs of a query parameter: {@code form}, {@code spaceDelimited}, {@code pipeDelimited} or
     * {@code deepObject}; with {@code allowReserved}, RFC 3986's reserved characters in values are sent as they are.
     */
    public List<Map.Entry<String, String>> query(String name, Style style, boolean explode, boolean allowReserved,
                                                 Object value) {
        JsonNode tree = tree(value);
        UnaryOperator<String> encode = text -> spelling.encode(text, allowReserved);
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (style == Style.DEEP_OBJECT && (tree.isObject() || spelling.explodesInBrackets())) {
            pairs.addAll(inBrackets(name, tree, encode));
        } else if (tree.isArray() && explode && (style == Style.FORM || spelling.explodesDelimitedArrays())) {
            tree.forEach(item -> pairs.addAll(exploded(name, item, encode)));
        } else if (tree.isObject() && explode) {
            tree.fields().forEachRemaining(field -> pairs.addAll(exploded(field.getKey(), field.getValue(), encode)));
        } else {
            pairs.add(Map.entry(spelling.encode(name, false), delimited(tree, style, encode)));
        }
        return pairs;
    }

    /** A header's value, in the {@code simple} style, not percent-encoded. */
    public String header(boolean explode, Object value) {
        return joined(tree(value), ",", explode ? "=" : ",", UnaryOperator.identity());
    }

    /** The name=value pairs of a cookie, in the {@code form} style: an object exploded is one cookie a property. */
    public List<Map.Entry<String, String>> cookie(String name, boolean explode, Object value) {
        JsonNode tree = tree(value);
        UnaryOperator<String> encode = text -> spelling.encode(text, false);
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (tree.isObject() && explode) {
            tree.fields().forEachRemaining(field -> pairs.add(Map.entry(field.getKey(),
                    encode.apply(spelling.text(field.getValue())))));
        } else {
            pairs.add(Map.entry(name, delimited(tree, Style.FORM, encode)));
        }
        return pairs;
    }

    private static JsonNode tree(Object value) {
        return value instanceof JsonNode node ? node : JSON.valueToTree(value);
    }

    private String matrix(String name, JsonNode value, boolean explode, UnaryOperator<String> encode) {
        String key = spelling.encodesMatrixName() ? encode.apply(name) : name;
        StringBuilder text = new StringBuilder();
        if (value.isArray() && explode) {
            value.forEach(item -> text.append(';').append(key).append('=').append(encode.apply(spelling.text(item))));
        } else if (value.isObject() && explode) {
            value.fields().forEachRemaining(field -> text.append(';').append(encode.apply(field.getKey())).append('=')
                    .append(encode.apply(spelling.text(field.getValue()))));
            if (value.isEmpty() && spelling.semicolonForEmptyExplodedMatrix()) {
                text.append(';');
            }
        } else {
            String joined = joined(value, ",", ",", encode);
            boolean equals = !joined.isEmpty() || value.isContainerNode() && spelling.equalsBeforeEmptyMatrixList();
            text.append(';').append(key).append(equals ? "=" : "").append(joined);
        }
        return text.toString();
    }

    /** One exploded item or property: its own name=value pair, or its pairs in bracket notation. */
    private List<Map.Entry<String, String>> exploded(String name, JsonNode value, UnaryOperator<String> encode) {
        if (spelling.explodesInBrackets()) {
            return inBrackets(name, value, encode);
        }
        return List.of(Map.entry(spelling.encode(name, false), encode.apply(spelling.text(value))));
    }

    private List<Map.Entry<String, String>> inBrackets(String name, JsonNode value, UnaryOperator<String> encode) {
        return BracketNotation.flatten(name, value).stream()
                .map(field -> Map.entry(spelling.encode(field.getKey(), false), encode.apply(field.getValue()))).toList();
    }

    /** A query's or cookie's value not exploded: an array's items, or an object's names and values, delimited. */
    private String delimited(JsonNode value, Style style, UnaryOperator<String> encode) {
        String delimiter = style.delimiter();
        if (!spelling.joinsBeforeEncoding()) {
            // A comma between items is sent as it is; a space or a pipe is encoded.
            String encoded = delimiter.equals(",") ? delimiter : PercentEncoding.rfc3986(delimiter, false);
            return joined(value, encoded, encoded, encode);
        }
        return encode.apply(joined(value, value.isObject() ? "," : delimiter, ",", UnaryOperator.identity()));
    }

    /** An array's items joined; an object's pairs, with {@code pairDelimiter} between name and value. */
    private String joined(JsonNode value, String itemDelimiter, String pairDelimiter, UnaryOperator<String> encode) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(encode.apply(spelling.text(item))));
            return String.join(itemDelimiter, items);
        }
        if (value.isObject()) {
            List<String> pairs = new ArrayList<>();
            value.fields().forEachRemaining(field -> pairs.add(encode.apply(field.getKey()) + pairDelimiter
                    + encode.apply(spelling.text(field.getValue()))));
            return String.join(itemDelimiter, pairs);
        }
        return encode.apply(spelling.text(value));
    }
}
