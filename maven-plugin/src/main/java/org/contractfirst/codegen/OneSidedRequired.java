package org.contractfirst.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A required property that is {@code readOnly} is required only in responses, one that is {@code writeOnly} only in
 * requests (OpenAPI 3.0.3, Schema Object). Generated code reads the messages of one side and writes those of the
 * other: a server reads requests, so its models do not demand a read-only property, and a client reads responses,
 * so its models do not demand a write-only one. Without this, a server refuses a request for lacking a property a
 * request should not carry. What the generated code writes is the implementation's to fill in.
 */
final class OneSidedRequired {

    /** What generated code writes: {@code responses} (a server) or {@code requests} (a client). */
    enum Writes { REQUESTS, RESPONSES }

    private OneSidedRequired() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static void apply(OpenAPI spec, Writes writes) {
        Map<String, Schema> components = spec.getComponents() == null || spec.getComponents().getSchemas() == null
                ? Map.of() : spec.getComponents().getSchemas();
        SchemaWalk.visit(spec, schema -> {
            if (schema.getRequired() == null || schema.getProperties() == null) {
                return;
            }
            List<String> kept = new ArrayList<>();
            for (String name : schema.getRequired()) {
                Schema property = resolve((Schema) schema.getProperties().get(name), components);
                boolean otherSideOnly = property != null && (writes == Writes.RESPONSES
                        ? Boolean.TRUE.equals(property.getReadOnly()) : Boolean.TRUE.equals(property.getWriteOnly()));
                if (!otherSideOnly) {
                    kept.add(name);
                }
            }
            schema.setRequired(kept.isEmpty() ? null : kept);
        });
    }

    @SuppressWarnings("rawtypes")
    static Schema resolve(Schema schema, Map<String, Schema> components) {
        Schema current = schema;
        for (int hops = 0; current != null && current.get$ref() != null && hops < 32; hops++) {
            String ref = current.get$ref();
            current = components.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }
}
