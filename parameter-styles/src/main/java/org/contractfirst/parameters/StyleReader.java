package org.contractfirst.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.form.BracketNotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads a parameter's value back from the text {@link StyleWriter} writes: a primitive as its text, an array as its
 * items' texts, an object as its properties' texts, as the parameter's {@link Shape} says. Types are the schema's
 * business: a style carries none. A query and headers are read as a server has them, already percent-decoded; so an
 * item holding its array's delimiter reads as two, as it does on every server that splits a decoded query.
 */
public final class StyleReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StyleReader() {
    }

    /**
     * The value a path segment spells in its style, or empty when the segment is not in that style. Its delimiters
     * are read before {@code decode} turns each piece into text: a server that leaves decoding to JAX-RS passes the
     * identity, and keeps the pieces encoded.
     */
    public static Optional<JsonNode> path(String name, Style style, boolean explode, Shape shape, String segment,
                                          UnaryOperator<String> decode) {
        return switch (style) {
            case LABEL -> segment.startsWith(".")
                    ? delimited(segment.substring(1), explode ? "." : ",", explode ? "=" : ",", shape, decode)
                    : Optional.empty();
            case MATRIX -> matrix(name, explode, shape, segment, decode);
            default -> delimited(segment, ",", explode ? "=" : ",", shape, decode);
        };
    }

    /**
     * The value of a query parameter, from the query's decoded values by name; empty when it is not there. An object
     * sent as pairs of its own ({@code deepObject}, {@code form} exploded) is taken out of {@code values}; an exploded
     * object's pairs are those named as one of its {@code properties}.
     */
    public static Optional<JsonNode> query(String name, Style style, boolean explode, Shape shape,
                                           Map<String, List<String>> values, Collection<String> properties) {
        if (shape == Shape.OBJECT) {
            return object(name, style, explode, values, properties);
        }
        if (!values.containsKey(name)) {
            return Optional.empty();
        }
        if (shape == Shape.PRIMITIVE) {
            return Optional.of(NODES.textNode(values.get(name).get(0)));
        }
        if (style == Style.FORM && explode) {
            return Optional.of(array(values.get(name)));
        }
        List<String> items = new ArrayList<>();
        values.get(name).forEach(value -> items.addAll(split(value, style.delimiter())));
        return Optional.of(array(items));
    }

    /**
     * A header's value in the {@code simple} style, from its values as received (a repeated header is its values
     * listed); the spaces around each item, which HTTP lets a sender put after a comma, are not part of it.
     */
    public static Optional<JsonNode> header(boolean explode, Shape shape, List<String> values) {
        List<String> items = new ArrayList<>();
        values.forEach(value -> split(value, ",").forEach(item -> items.add(item.trim())));
        return switch (shape) {
            case ARRAY -> Optional.of(array(items));
            case OBJECT -> explode ? pairs(items, "=") : alternating(items);
            case PRIMITIVE -> Optional.of(NODES.textNode(String.join(",", values)));
        };
    }

    /**
     * A cookie's value in the {@code form} style, from the cookies' decoded values by name: an array's items joined by
     * commas even exploded, since a cookie does not repeat; an object exploded as one cookie a property.
     */
    public static Optional<JsonNode> cookie(String name, boolean explode, Shape shape, Map<String, List<String>> values,
                                            Collection<String> properties) {
        return query(name, Style.FORM, explode && shape == Shape.OBJECT, shape, values, properties);
    }

    private static Optional<JsonNode> matrix(String name, boolean explode, Shape shape, String segment,
                                             UnaryOperator<String> decode) {
        if (shape == Shape.OBJECT && explode) {
            return segment.startsWith(";") ? pairs(split(segment.substring(1), ";"), "=").map(object -> decoded(object, decode))
                    : Optional.empty();
        }
        if (!segment.startsWith(";" + name)) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (String pair : split(segment.substring(1), ";")) {
            if (!pair.equals(name) && !pair.startsWith(name + "=")) {
                return Optional.empty();
            }
            values.add(pair.substring(Math.min(pair.length(), name.length() + 1)));
        }
        if (shape == Shape.ARRAY) {
            // Lenient on explode: ;id=1,2 and ;id=1;id=2 both list their items.
            List<String> items = new ArrayList<>();
            values.forEach(value -> items.addAll(split(value, ",")));
            return Optional.of(decoded(array(items), decode));
        }
        return values.size() == 1 ? delimited(values.get(0), ",", ",", shape, decode) : Optional.empty();
    }

    /** {@code a,b}: a primitive as it is, an array's items, an object's pairs with {@code pairDelimiter} in each. */
    private static Optional<JsonNode> delimited(String text, String itemDelimiter, String pairDelimiter, Shape shape,
                                                UnaryOperator<String> decode) {
        Optional<? extends JsonNode> value = switch (shape) {
            case PRIMITIVE -> Optional.of(NODES.textNode(text));
            case ARRAY -> Optional.of(array(split(text, itemDelimiter)));
            case OBJECT -> itemDelimiter.equals(pairDelimiter) ? alternating(split(text, itemDelimiter))
                    : pairs(split(text, itemDelimiter), pairDelimiter);
        };
        return value.map(node -> decoded(node, decode));
    }

    private static Optional<JsonNode> object(String name, Style style, boolean explode, Map<String, List<String>> values,
                                             Collection<String> properties) {
        ObjectNode object = NODES.objectNode();
        if (style == Style.DEEP_OBJECT) {
            Iterator<Map.Entry<String, List<String>>> entries = values.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, List<String>> entry = entries.next();
                if (entry.getKey().startsWith(name + "[") && putInBrackets(object, entry)) {
                    entries.remove();
                }
            }
        } else if (explode) {
            for (String property : properties) {
                if (values.containsKey(property)) {
                    List<String> given = values.remove(property);
                    object.set(property, given.size() == 1 ? NODES.textNode(given.get(0)) : array(given));
                }
            }
        } else if (values.containsKey(name)) {
            // Commas first: generated clients join an object's pairs with them whatever the style.
            String text = values.get(name).get(0);
            return alternating(split(text, ",")).or(() -> alternating(split(text, style.delimiter())))
                    .filter(pairs -> !pairs.isEmpty());
        }
        return object.isEmpty() ? Optional.empty() : Optional.of(object);
    }

    /** Puts {@code a[b][c]=v} in {@code object} as {@code b.c}; false for a name not in bracket notation, or clashing. */
    private static boolean putInBrackets(ObjectNode object, Map.Entry<String, List<String>> entry) {
        try {
            List<String> path = BracketNotation.path(entry.getKey());
            for (String value : entry.getValue()) {
                BracketNotation.put(object, path.subList(1, path.size()), NODES.textNode(value));
            }
            return true;
        } catch (IllegalArgumentException notBracketsOrClashing) {
            return false;
        }
    }

    /** {@code k,v,k,v} as an object; empty when a name has no value. */
    private static Optional<JsonNode> alternating(List<String> pieces) {
        if (pieces.size() % 2 != 0) {
            return Optional.empty();
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < pieces.size(); i += 2) {
            object.put(pieces.get(i), pieces.get(i + 1));
        }
        return Optional.of(object);
    }

    /** {@code k=v,k=v} as an object; empty when a pair has no {@code =}. */
    private static Optional<JsonNode> pairs(List<String> pieces, String delimiter) {
        ObjectNode object = NODES.objectNode();
        for (String piece : pieces) {
            int at = piece.indexOf(delimiter);
            if (at < 0) {
                return Optional.empty();
            }
            object.put(piece.substring(0, at), piece.substring(at + delimiter.length()));
        }
        return Optional.of(object);
    }

    /** The value with each name and text decoded. */
    private static JsonNode decoded(JsonNode value, UnaryOperator<String> decode) {
        if (value.isArray()) {
            ArrayNode array = NODES.arrayNode();
            value.forEach(item -> array.add(decode.apply(item.asText())));
            return array;
        }
        if (value.isObject()) {
            ObjectNode object = NODES.objectNode();
            value.fields().forEachRemaining(field -> object.put(decode.apply(field.getKey()),
                    decode.apply(field.getValue().asText())));
            return object;
        }
        return NODES.textNode(decode.apply(value.asText()));
    }

    private static ArrayNode array(List<String> items) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }

    private static List<String> split(String value, String delimiter) {
        return List.of(value.split(Pattern.quote(delimiter), -1));
    }
}
