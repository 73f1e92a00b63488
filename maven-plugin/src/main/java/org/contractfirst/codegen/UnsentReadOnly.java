package org.contractfirst.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A client never sends a {@code readOnly} property ("SHOULD NOT be sent as part of the request", OpenAPI 3.0.3,
 * Schema Object), yet reads it in responses: each model with one is marked with a class annotation the Java client
 * templates write ({@code x-class-extra-annotation}), which has Jackson read those properties and not write them.
 * Without it, a model read from a response and sent back, or built empty, sends {@code "id": null}, which a server
 * refuses for a property that is not nullable. A model with a discriminator is left as it is: the generator already
 * annotates it so, for the discriminator's property, and Java allows one such annotation.
 */
final class UnsentReadOnly {

    private UnsentReadOnly() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static void mark(OpenAPI spec) {
        Map<String, Schema> components = spec.getComponents() == null || spec.getComponents().getSchemas() == null
                ? Map.of() : spec.getComponents().getSchemas();
        SchemaWalk.visit(spec, schema -> {
            if (schema.getProperties() == null || schema.getDiscriminator() != null) {
                return;
            }
            List<String> readOnly = schema.getProperties().entrySet().stream()
                    .filter(property -> {
                        Schema resolved = OneSidedRequired.resolve((Schema) property.getValue(), components);
                        return resolved != null && Boolean.TRUE.equals(resolved.getReadOnly());
                    })
                    .map(property -> ExtraAnnotations.literal(property.getKey()))
                    .toList();
            if (!readOnly.isEmpty()) {
                ExtraAnnotations.add(schema, ExtraAnnotations.CLASS, "@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = {"
                        + String.join(", ", readOnly) + "}, allowSetters = true)");
            }
        });
    }
}
