package org.contractfirst.codegen;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * Marks with {@code x-open-object} every object schema that JSON Schema leaves open (no {@code additionalProperties},
 * or {@code true}), so that the templates can tell its model to skip the fields it does not know; a model of a
 * closed schema refuses them. The server then accepts exactly what the spec allows.
 */
final class OpenObjects {

    static final String EXTENSION = "x-open-object";

    private OpenObjects() {
    }

    static void mark(OpenAPI spec) {
        SchemaWalk.visit(spec, schema -> {
            if (schema.getProperties() != null && !Boolean.FALSE.equals(schema.getAdditionalProperties())) {
                schema.addExtension(EXTENSION, true);
            }
        });
    }
}
