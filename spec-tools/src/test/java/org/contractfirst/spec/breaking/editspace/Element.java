package org.contractfirst.spec.breaking.editspace;

/**
 * The kinds of OpenAPI object the edit space tells apart, and what each keyword holds: what its value is, and
 * whether the keys of that value are names (a map of paths, statuses, properties) or the value is the object itself.
 * A list holds the element in each of its items. Objects whose edits depend on no kind of their own (a media type,
 * an encoding, a server) are {@link #OTHER}; values written as they are (an example, a default) are {@link #VALUE},
 * edited only as a whole.
 */
enum Element {
    DOCUMENT, PATH_ITEM, OPERATION, CALLBACK, PARAMETER, HEADER, REQUEST_BODY, RESPONSE, SCHEMA,
    SECURITY_REQUIREMENT, OTHER, VALUE;

    /** What a key holds: an element, or, when {@code named}, a map from names to that element. */
    record Holds(Element element, boolean named) {
    }

    /** A callback's keys are expressions and a security requirement's are scheme names: names, not keywords. */
    boolean keysAreNames() {
        return this == CALLBACK || this == SECURITY_REQUIREMENT;
    }

    Holds holds(String key) {
        return switch (this) {
            case CALLBACK -> one(PATH_ITEM);
            case SECURITY_REQUIREMENT, VALUE -> one(VALUE);
            case SCHEMA -> switch (key) {
                case "properties", "patternProperties", "$defs" -> named(SCHEMA);
                case "items", "additionalProperties", "not", "allOf", "anyOf", "oneOf", "prefixItems" -> one(SCHEMA);
                case "examples" -> one(VALUE);
                default -> anywhere(key);
            };
            default -> anywhere(key);
        };
    }

    /** The keywords that hold the same wherever OpenAPI allows them. */
    private static Holds anywhere(String key) {
        return switch (key) {
            case "paths", "webhooks", "pathItems" -> named(PATH_ITEM);
            case "get", "put", "post", "delete", "options", "head", "patch", "trace" -> one(OPERATION);
            case "parameters" -> named(PARAMETER);
            case "requestBody" -> one(REQUEST_BODY);
            case "requestBodies" -> named(REQUEST_BODY);
            case "responses" -> named(RESPONSE);
            case "headers" -> named(HEADER);
            case "schema" -> one(SCHEMA);
            case "schemas" -> named(SCHEMA);
            case "callbacks" -> named(CALLBACK);
            case "security" -> one(SECURITY_REQUIREMENT);
            case "content", "links", "encoding", "variables", "examples", "securitySchemes", "mapping", "scopes" ->
                    named(OTHER);
            case "enum", "example", "default", "const", "value" -> one(VALUE);
            default -> key.startsWith("x-") ? one(VALUE) : one(OTHER);
        };
    }

    private static Holds one(Element element) {
        return new Holds(element, false);
    }

    private static Holds named(Element element) {
        return new Holds(element, true);
    }
}
