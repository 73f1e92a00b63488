package org.contractfirst.spec.layout;

import java.util.Comparator;
import java.util.List;

/**
 * The canonical shape of one kind of OpenAPI object: the order of its fixed keys, how its free keys
 * (paths, status codes, component names) are ordered, and the shape of each child. The table below is
 * the layout written down in specs/README.md.
 */
public enum Shape {
    /** Example values, enums, security requirements: kept exactly as written. */
    FREE,
    ROOT("openapi", "info", "externalDocs", "servers", "security", "tags", "paths", "components"),
    INFO("title", "summary", "description", "termsOfService", "contact", "license", "version"),
    SERVER("url", "description", "variables"),
    SERVER_VARIABLE("enum", "default", "description"),
    TAG("name", "description", "externalDocs"),
    PATH_ITEM("summary", "description", "servers", "parameters",
            "get", "put", "post", "delete", "options", "head", "patch", "trace"),
    OPERATION("tags", "summary", "description", "externalDocs", "operationId", "parameters",
            "requestBody", "responses", "callbacks", "deprecated", "security", "servers"),
    PARAMETER("$ref", "name", "in", "description", "required", "deprecated", "allowEmptyValue", "style",
            "explode", "allowReserved", "schema", "example", "examples", "content"),
    REQUEST_BODY("$ref", "description", "required", "content"),
    MEDIA_TYPE("schema", "example", "examples", "encoding"),
    ENCODING("contentType", "headers", "style", "explode", "allowReserved"),
    RESPONSE("$ref", "description", "headers", "content", "links"),
    HEADER("$ref", "description", "required", "deprecated", "style", "explode", "schema", "example", "examples"),
    EXAMPLE("$ref", "summary", "description", "value", "externalValue"),
    COMPONENTS("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes",
            "links", "callbacks"),
    SCHEMA("$ref", "title", "description", "type", "format", "nullable", "enum", "default",
            "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf",
            "minLength", "maxLength", "pattern", "items", "minItems", "maxItems", "uniqueItems",
            "required", "properties", "additionalProperties", "minProperties", "maxProperties",
            "allOf", "anyOf", "oneOf", "not", "discriminator", "readOnly", "writeOnly", "xml",
            "example", "externalDocs", "deprecated"),
    XML("name", "namespace", "prefix", "attribute", "wrapped"),
    SECURITY_SCHEME("type", "description", "name", "in", "scheme", "bearerFormat", "flows", "openIdConnectUrl"),
    FLOWS("implicit", "password", "clientCredentials", "authorizationCode"),
    FLOW("authorizationUrl", "tokenUrl", "refreshUrl", "scopes");

    private final List<String> order;

    Shape(String... order) {
        this.order = List.of(order);
    }

    /** Fixed keys in table order; any other key after them, extensions (x-) last, each group alphabetical. */
    Comparator<String> keyOrder() {
        return Comparator.<String>comparingInt(this::rank).thenComparing(Comparator.naturalOrder());
    }

    private int rank(String key) {
        int index = order.indexOf(key);
        if (index >= 0) {
            return index;
        }
        return key.startsWith("x-") ? order.size() + 1 : order.size();
    }

    /** The shape of the value under {@code key}; {@link Children} says whether it is one object, a list or a map. */
    Children child(String key) {
        return switch (this) {
            case ROOT -> switch (key) {
                case "info" -> Children.one(INFO);
                case "servers" -> Children.list(SERVER);
                case "tags" -> Children.list(TAG);
                case "paths" -> Children.sortedMap(PATH_ITEM);
                case "components" -> Children.one(COMPONENTS);
                default -> Children.FREE;
            };
            case SERVER -> key.equals("variables") ? Children.sortedMap(SERVER_VARIABLE) : Children.FREE;
            case PATH_ITEM -> switch (key) {
                case "parameters" -> Children.list(PARAMETER);
                case "servers" -> Children.list(SERVER);
                case "get", "put", "post", "delete", "options", "head", "patch", "trace" -> Children.one(OPERATION);
                default -> Children.FREE;
            };
            case OPERATION -> switch (key) {
                case "parameters" -> Children.list(PARAMETER);
                case "requestBody" -> Children.one(REQUEST_BODY);
                case "responses" -> Children.statusMap(RESPONSE);
                case "servers" -> Children.list(SERVER);
                default -> Children.FREE;
            };
            case PARAMETER, HEADER -> switch (key) {
                case "schema" -> Children.one(SCHEMA);
                case "examples" -> Children.sortedMap(EXAMPLE);
                case "content" -> Children.sortedMap(MEDIA_TYPE);
                default -> Children.FREE;
            };
            case REQUEST_BODY -> key.equals("content") ? Children.sortedMap(MEDIA_TYPE) : Children.FREE;
            case MEDIA_TYPE -> switch (key) {
                case "schema" -> Children.one(SCHEMA);
                case "examples" -> Children.sortedMap(EXAMPLE);
                case "encoding" -> Children.sortedMap(ENCODING);
                default -> Children.FREE;
            };
            case ENCODING -> key.equals("headers") ? Children.sortedMap(HEADER) : Children.FREE;
            case RESPONSE -> switch (key) {
                case "headers" -> Children.sortedMap(HEADER);
                case "content" -> Children.sortedMap(MEDIA_TYPE);
                default -> Children.FREE;
            };
            case COMPONENTS -> switch (key) {
                case "schemas" -> Children.sortedMap(SCHEMA);
                case "responses" -> Children.sortedMap(RESPONSE);
                case "parameters" -> Children.sortedMap(PARAMETER);
                case "examples" -> Children.sortedMap(EXAMPLE);
                case "requestBodies" -> Children.sortedMap(REQUEST_BODY);
                case "headers" -> Children.sortedMap(HEADER);
                case "securitySchemes" -> Children.sortedMap(SECURITY_SCHEME);
                default -> Children.FREE;
            };
            case SCHEMA -> switch (key) {
                case "items", "not", "additionalProperties" -> Children.one(SCHEMA);
                case "properties" -> Children.keptMap(SCHEMA);
                case "allOf", "anyOf", "oneOf" -> Children.list(SCHEMA);
                case "xml" -> Children.one(XML);
                default -> Children.FREE;
            };
            case SECURITY_SCHEME -> key.equals("flows") ? Children.one(FLOWS) : Children.FREE;
            case FLOWS -> Children.one(FLOW);
            case FLOW -> key.equals("scopes") ? Children.sortedMap(FREE) : Children.FREE;
            default -> Children.FREE;
        };
    }

    /** How the children under one key are laid out. */
    record Children(Shape shape, Layout layout) {
        static final Children FREE = new Children(Shape.FREE, Layout.ONE);

        enum Layout { ONE, LIST, SORTED_MAP, STATUS_MAP, KEPT_MAP }

        static Children one(Shape shape) {
            return new Children(shape, Layout.ONE);
        }

        static Children list(Shape shape) {
            return new Children(shape, Layout.LIST);
        }

        static Children sortedMap(Shape shape) {
            return new Children(shape, Layout.SORTED_MAP);
        }

        static Children statusMap(Shape shape) {
            return new Children(shape, Layout.STATUS_MAP);
        }

        static Children keptMap(Shape shape) {
            return new Children(shape, Layout.KEPT_MAP);
        }
    }

    /** Status codes in numeric order, ranges such as 4XX after their codes, default last. */
    static final Comparator<String> STATUS_ORDER = Comparator.comparing((String code) -> code.equals("default"))
            .thenComparing(code -> code.toUpperCase().replace('X', '9'));
}
