package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.form.BracketNotation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A parameter's value written as its style and explode say (OpenAPI 3.0.3 §4.7.12.4): {@code simple}, {@code label}
 * and {@code matrix} in a path, {@code form}, {@code spaceDelimited}, {@code pipeDelimited} and {@code deepObject}
 * in a query, {@code simple} in a header, {@code form} in a cookie. A parameter described by {@code content} is
 * sent as that media type's text. Names and values are percent-encoded; the style's delimiters are not.
 */
public final class ParameterStyles {

    private ParameterStyles() {
    }

    /** The text that replaces {@code {name}} in the path. */
    public static String path(Parameter parameter, JsonNode value) {
        UnaryOperator<String> encode = Urls::encode;
        String name = Urls.encode(parameter.name());
        if (parameter.contentType().isPresent()) {
            return encode.apply(value.isTextual() ? value.asText() : value.toString());
        }
        return switch (parameter.style()) {
            case "label" -> "." + joined(value, parameter.explode() ? "." : ",", parameter.explode() ? "=" : ",", encode);
            case "matrix" -> matrix(name, value, parameter.explode(), encode);
            default -> joined(value, ",", parameter.explode() ? "=" : ",", encode);
        };
    }

    /** The encoded name=value pairs of a query parameter. */
    public static List<Map.Entry<String, String>> query(Parameter parameter, JsonNode value) {
        UnaryOperator<String> encode = text -> Urls.encode(text, parameter.allowReserved());
        String name = Urls.encode(parameter.name());
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (parameter.contentType().isPresent()) {
            pairs.add(Map.entry(name, encode.apply(value.isTextual() ? value.asText() : value.toString())));
            return pairs;
        }
        if (parameter.style().equals("deepObject") && value.isObject()) {
            BracketNotation.flatten(parameter.name(), value).forEach(field ->
                    pairs.add(Map.entry(Urls.encode(field.getKey()), encode.apply(field.getValue()))));
            return pairs;
        }
        String delimiter = switch (parameter.style()) {
            case "spaceDelimited" -> "%20";
            case "pipeDelimited" -> "%7C";
            default -> ",";
        };
        if (value.isArray() && parameter.explode()) {
            value.forEach(item -> pairs.add(Map.entry(name, encode.apply(text(item)))));
        } else if (value.isObject() && parameter.explode()) {
            value.fields().forEachRemaining(field -> pairs.add(Map.entry(Urls.encode(field.getKey()),
                    encode.apply(text(field.getValue())))));
        } else {
            pairs.add(Map.entry(name, joined(value, delimiter, delimiter, encode)));
        }
        return pairs;
    }

    /** A header's value: {@code simple}, not percent-encoded. */
    public static String header(Parameter parameter, JsonNode value) {
        if (parameter.contentType().isPresent()) {
            return value.isTextual() ? value.asText() : value.toString();
        }
        return joined(value, ",", parameter.explode() ? "=" : ",", UnaryOperator.identity());
    }

    /** The name=value pairs of a cookie parameter: {@code form}, an array or object without explode as one value. */
    public static List<Map.Entry<String, String>> cookie(Parameter parameter, JsonNode value) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (value.isObject() && parameter.explode()) {
            value.fields().forEachRemaining(field -> pairs.add(Map.entry(field.getKey(), Urls.encode(text(field.getValue())))));
        } else {
            pairs.add(Map.entry(parameter.name(), parameter.contentType().isPresent()
                    ? Urls.encode(value.isTextual() ? value.asText() : value.toString())
                    : joined(value, ",", ",", Urls::encode)));
        }
        return pairs;
    }

    private static String matrix(String name, JsonNode value, boolean explode, UnaryOperator<String> encode) {
        StringBuilder text = new StringBuilder();
        if (value.isArray() && explode) {
            value.forEach(item -> text.append(';').append(name).append('=').append(encode.apply(text(item))));
        } else if (value.isObject() && explode) {
            value.fields().forEachRemaining(field -> text.append(';').append(Urls.encode(field.getKey())).append('=')
                    .append(encode.apply(text(field.getValue()))));
        } else {
            text.append(';').append(name).append(value.isContainerNode() || !text(value).isEmpty() ? "=" : "")
                    .append(joined(value, ",", ",", encode));
        }
        return text.toString();
    }

    /** An array's items joined; an object's pairs, with {@code pairDelimiter} between name and value. */
    private static String joined(JsonNode value, String itemDelimiter, String pairDelimiter, UnaryOperator<String> encode) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(encode.apply(text(item))));
            return String.join(itemDelimiter, items);
        }
        if (value.isObject()) {
            List<String> pairs = new ArrayList<>();
            value.fields().forEachRemaining(field -> pairs.add(encode.apply(field.getKey()) + pairDelimiter
                    + encode.apply(text(field.getValue()))));
            return String.join(itemDelimiter, pairs);
        }
        return encode.apply(text(value));
    }

    /**
     * A scalar as text: a string as itself, a number in plain decimals (a server reading an integer takes
     * {@code 1000000000}, not {@code 1E+9}), a boolean as JSON writes it, null as nothing.
     */
    public static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isNumber()) {
            return plain(value.decimalValue());
        }
        return value.isTextual() ? value.asText() : value.isContainerNode() ? value.toString() : value.asText();
    }

    /** A number as its plainest text: no exponent, no trailing zeros. */
    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
