package org.contractfirst.parameters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a parameter's schema says its value is, which the styles' text does not: {@code a,b} is an array of two
 * strings, an object of one property, or one string with a comma.
 */
public enum Shape {
    PRIMITIVE,
    ARRAY,
    OBJECT;

    /** The shape of a value at hand. */
    public static Shape of(JsonNode value) {
        return value.isArray() ? ARRAY : value.isObject() ? OBJECT : PRIMITIVE;
    }
}
