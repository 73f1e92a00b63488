package org.contractfirst.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Marks with {@code x-open-object} every object schema that JSON Schema leaves open (no {@code additionalProperties},
 * or {@code true}), so that the templates can tell its model to skip the fields it does not know; a model of a
 * closed schema refuses them. The server then accepts exactly what the spec allows.
 */
final class OpenObjects {

    static final String EXTENSION = "x-open-object";

    private OpenObjects() {
    }

    @SuppressWarnings("rawtypes")
    static void mark(OpenAPI spec) {
        if (spec.getComponents() == null || spec.getComponents().getSchemas() == null) {
            return;
        }
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        spec.getComponents().getSchemas().values().forEach(schema -> mark(schema, seen));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void mark(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || seen.put(schema, true) != null) {
            return;
        }
        Object additional = schema.getAdditionalProperties();
        if (schema.getProperties() != null && !Boolean.FALSE.equals(additional)) {
            schema.addExtension(EXTENSION, true);
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(property -> mark(property, seen));
        }
        mark(schema.getItems(), seen);
        for (java.util.List<Schema> branches : new java.util.List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (branches != null) {
                branches.forEach(branch -> mark(branch, seen));
            }
        }
        if (additional instanceof Schema additionalSchema) {
            mark(additionalSchema, seen);
        }
    }
}
