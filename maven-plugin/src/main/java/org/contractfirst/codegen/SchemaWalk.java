package org.contractfirst.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every schema of a spec, each once: those of its components and those written inline in its paths (parameters,
 * bodies, responses, headers), and every schema inside them (properties, items, compositions, additional properties).
 * The generator turns inline objects into models of their own, so a rule about models must see them too.
 */
final class SchemaWalk {

    private final Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
    private final Consumer<Schema<?>> visitor;

    private SchemaWalk(Consumer<Schema<?>> visitor) {
        this.visitor = visitor;
    }

    static void visit(OpenAPI spec, Consumer<Schema<?>> visitor) {
        SchemaWalk walk = new SchemaWalk(visitor);
        if (spec.getComponents() != null) {
            if (spec.getComponents().getSchemas() != null) {
                spec.getComponents().getSchemas().values().forEach(walk::schema);
            }
            if (spec.getComponents().getParameters() != null) {
                spec.getComponents().getParameters().values().forEach(walk::parameter);
            }
            if (spec.getComponents().getRequestBodies() != null) {
                spec.getComponents().getRequestBodies().values().forEach(body -> walk.content(body.getContent()));
            }
            if (spec.getComponents().getResponses() != null) {
                spec.getComponents().getResponses().values().forEach(walk::response);
            }
        }
        if (spec.getPaths() != null) {
            spec.getPaths().values().forEach(walk::path);
        }
    }

    private void path(PathItem path) {
        if (path.getParameters() != null) {
            path.getParameters().forEach(this::parameter);
        }
        for (Operation operation : path.readOperations()) {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(this::parameter);
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(this::response);
            }
        }
    }

    private void parameter(Parameter parameter) {
        schema(parameter.getSchema());
        content(parameter.getContent());
    }

    private void response(ApiResponse response) {
        content(response.getContent());
        if (response.getHeaders() != null) {
            for (Header header : response.getHeaders().values()) {
                schema(header.getSchema());
            }
        }
    }

    private void content(Content content) {
        if (content != null) {
            content.values().forEach(media -> schema(media.getSchema()));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void schema(Schema schema) {
        if (schema == null || seen.put(schema, true) != null) {
            return;
        }
        visitor.accept(schema);
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(this::schema);
        }
        schema(schema.getItems());
        for (List<Schema> branches : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (branches != null) {
                branches.forEach(this::schema);
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            schema(additional);
        }
    }
}
