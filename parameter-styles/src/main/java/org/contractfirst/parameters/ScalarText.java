package org.contractfirst.parameters;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** A scalar of a parameter as the text a style writes it in. */
public final class ScalarText {

    private ScalarText() {
    }

    /**
     * A string as itself, a number in plain decimals (a server reading an integer takes {@code 1000000000}, not
     * {@code 1E+9}), a boolean as JSON writes it, null as nothing, an array or object nested in a value as its JSON.
     */
    public static String plain(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isNumber()) {
            return plain(value.decimalValue());
        }
        return value.isTextual() ? value.asText() : value.isContainerNode() ? value.toString() : value.asText();
    }

    /** A number as its plainest text: no exponent, no trailing zeros. */
    public static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
