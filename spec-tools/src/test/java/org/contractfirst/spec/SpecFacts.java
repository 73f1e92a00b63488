package org.contractfirst.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Reads facts out of one spec through swagger-parser's model, following local $refs, so that each API's facts test
 * states a seed's fact in one line.
 */
public final class SpecFacts {

    private final OpenAPI api;

    private SpecFacts(OpenAPI api) {
        this.api = api;
    }

    public static SpecFacts of(String file) {
        OpenAPI api = Specs.document(file).model();
        assertNotNull(api, file + " does not parse");
        return new SpecFacts(api);
    }

    public OpenAPI api() {
        return api;
    }

    public Operation operation(String method, String path) {
        PathItem item = api.getPaths().get(path);
        assertNotNull(item, "no path " + path);
        Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase()));
        assertNotNull(operation, "no " + method + " " + path);
        return operation;
    }

    public Parameter parameter(String method, String path, String name) {
        Operation operation = operation(method, path);
        List<Parameter> parameters = new java.util.ArrayList<>();
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        if (api.getPaths().get(path).getParameters() != null) {
            parameters.addAll(api.getPaths().get(path).getParameters());
        }
        return parameters.stream().map(this::resolve).filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name + " on " + method + " " + path));
    }

    public Schema<?> requestSchema(String method, String path, String mediaType) {
        MediaType media = operation(method, path).getRequestBody().getContent().get(mediaType);
        assertNotNull(media, "no request body of " + mediaType + " on " + method + " " + path);
        return resolve(media.getSchema());
    }

    public ApiResponse response(String method, String path, String status) {
        ApiResponse response = operation(method, path).getResponses().get(status);
        assertNotNull(response, "no " + status + " on " + method + " " + path);
        return resolve(response);
    }

    public Set<String> statuses(String method, String path) {
        return new TreeSet<>(operation(method, path).getResponses().keySet());
    }

    public Set<String> mediaTypes(String method, String path, String status) {
        return new TreeSet<>(response(method, path, status).getContent().keySet());
    }

    public Schema<?> responseSchema(String method, String path, String status, String mediaType) {
        Map<String, MediaType> content = response(method, path, status).getContent();
        assertNotNull(content, "no body on " + status + " of " + method + " " + path);
        MediaType media = content.get(mediaType);
        assertNotNull(media, "no " + mediaType + " body on " + status + " of " + method + " " + path);
        return resolve(media.getSchema());
    }

    public Schema<?> schema(String name) {
        Schema<?> schema = api.getComponents().getSchemas().get(name);
        assertNotNull(schema, "no schema " + name);
        return schema;
    }

    /** The property {@code path} (dot-separated) of {@code schema}, following $refs at each step. */
    public Schema<?> property(Schema<?> schema, String path) {
        Schema<?> current = resolve(schema);
        for (String name : path.split("\\.")) {
            Map<String, Schema> properties = current.getProperties();
            assertNotNull(properties, "no properties where " + name + " was looked for in " + path);
            Schema<?> next = properties.get(name);
            assertNotNull(next, "no property " + name + " in " + path);
            current = resolve(next);
        }
        return current;
    }

    /** The required properties, as a set: their order carries no meaning, and swagger-parser sorts them. */
    public Set<String> required(Schema<?> schema) {
        return Set.copyOf(Objects.requireNonNullElse(resolve(schema).getRequired(), List.of()));
    }

    public List<Object> enumValues(Schema<?> schema) {
        return List.copyOf(resolve(schema).getEnum());
    }

    /** The variants of an anyOf / oneOf, each resolved. */
    public List<Schema<?>> variants(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        List<Schema> branches = resolved.getAnyOf() != null ? resolved.getAnyOf() : resolved.getOneOf();
        assertNotNull(branches, "neither anyOf nor oneOf");
        return branches.stream().<Schema<?>>map(this::resolve).toList();
    }

    @SuppressWarnings("unchecked")
    public <T> Schema<T> resolve(Schema<T> schema) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        return (Schema<T>) resolve(schema(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)));
    }

    public ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return resolve(api.getComponents().getResponses().get(name));
    }

    public Parameter resolve(Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
        return resolve(api.getComponents().getParameters().get(name));
    }
}
