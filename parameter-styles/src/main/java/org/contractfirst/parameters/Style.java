package org.contractfirst.parameters;

import java.util.Arrays;

/**
 * A parameter's style, as a spec names it (OpenAPI 3.1 §4.8.12.4): {@code simple}, {@code label} and {@code matrix}
 * in a path, {@code form}, {@code spaceDelimited}, {@code pipeDelimited} and {@code deepObject} in a query,
 * {@code simple} in a header, {@code form} in a cookie.
 */
public enum Style {
    SIMPLE("simple"),
    LABEL("label"),
    MATRIX("matrix"),
    FORM("form"),
    SPACE_DELIMITED("spaceDelimited"),
    PIPE_DELIMITED("pipeDelimited"),
    DEEP_OBJECT("deepObject");

    private final String specName;

    Style(String specName) {
        this.specName = specName;
    }

    /** The style a spec names {@code specName}; {@code otherwise} for a name no style has, as its location's default. */
    public static Style named(String specName, Style otherwise) {
        return Arrays.stream(values()).filter(style -> style.specName.equals(specName)).findFirst().orElse(otherwise);
    }

    /** What joins the items of a query's array or object not exploded, before it is encoded. */
    String delimiter() {
        return switch (this) {
            case SPACE_DELIMITED -> " ";
            case PIPE_DELIMITED -> "|";
            default -> ",";
        };
    }

    @Override
    public String toString() {
        return specName;
    }
}
