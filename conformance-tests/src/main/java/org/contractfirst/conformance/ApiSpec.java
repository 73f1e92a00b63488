package org.contractfirst.conformance;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One API's spec, parsed with swagger-parser, and its operations; local $refs are followed on request. */
public final class ApiSpec {

    private final String name;
    private final OpenAPI model;
    private final List<Endpoint> endpoints = new ArrayList<>();
    /** Each endpoint's responses and parameters, resolved once: checks look them up for every request. */
    private final Map<Endpoint, Map<String, ApiResponse>> responses = new IdentityHashMap<>();
    private final Map<Endpoint, List<Parameter>> parameters = new IdentityHashMap<>();

    /** One operation: its method, its path template and the operation itself. */
    public record Endpoint(String method, String path, Operation operation) {
        public String operationId() {
            return operation.getOperationId();
        }

        @Override
        public String toString() {
            return operationId() + " (" + method + " " + path + ")";
        }
    }

    private ApiSpec(String name, OpenAPI model) {
        this.name = name;
        this.model = model;
        model.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                endpoints.add(new Endpoint(method.name(), path, operation))));
        for (Endpoint endpoint : endpoints) {
            Map<String, ApiResponse> resolved = new LinkedHashMap<>();
            endpoint.operation().getResponses().forEach((status, response) -> resolved.put(status, resolve(response)));
            responses.put(endpoint, Collections.unmodifiableMap(resolved));
            parameters.put(endpoint, resolvedParameters(endpoint));
        }
    }

    public static ApiSpec read(String name, Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI model = new OpenAPIV3Parser().read(file.toString(), null, options);
        if (model == null) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        return new ApiSpec(name, model);
    }

    public String name() {
        return name;
    }

    public OpenAPI model() {
        return model;
    }

    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The operation of {@code method} on {@code path}, if the spec has one. */
    public Optional<Endpoint> endpoint(String method, String path) {
        return endpoints.stream().filter(endpoint -> endpoint.method().equals(method) && endpoint.path().equals(path))
                .findFirst();
    }

    public List<String> methodsOf(String path) {
        return model.getPaths().get(path).readOperationsMap().keySet().stream().map(PathItem.HttpMethod::name).toList();
    }

    /** The operation's responses by status, each resolved. */
    public Map<String, ApiResponse> responses(Endpoint endpoint) {
        return responses.get(endpoint);
    }

    /** The documented response for {@code status}: its own, else {@code default}. */
    public Optional<ApiResponse> response(Endpoint endpoint, int status) {
        return documentedStatus(endpoint, status).map(responses(endpoint)::get);
    }

    /** The key under which {@code status} is documented: the status itself, else {@code default}. */
    public Optional<String> documentedStatus(Endpoint endpoint, int status) {
        Map<String, ApiResponse> documented = responses(endpoint);
        String own = Integer.toString(status);
        return documented.containsKey(own) ? Optional.of(own)
                : documented.containsKey("default") ? Optional.of("default") : Optional.empty();
    }

    public List<Parameter> parameters(Endpoint endpoint) {
        return parameters.get(endpoint);
    }

    private List<Parameter> resolvedParameters(Endpoint endpoint) {
        List<Parameter> parameters = new ArrayList<>();
        PathItem item = model.getPaths().get(endpoint.path());
        if (item.getParameters() != null) {
            item.getParameters().forEach(parameter -> parameters.add(resolve(parameter)));
        }
        if (endpoint.operation().getParameters() != null) {
            endpoint.operation().getParameters().forEach(parameter -> parameters.add(resolve(parameter)));
        }
        return List.copyOf(parameters);
    }

    /** The request body's media type and schema, if the operation takes a body. */
    public Optional<Map.Entry<String, MediaType>> requestBody(Endpoint endpoint) {
        if (endpoint.operation().getRequestBody() == null) {
            return Optional.empty();
        }
        return endpoint.operation().getRequestBody().getContent().entrySet().stream().findFirst();
    }

    /** The security schemes an operation accepts (any one of them), with their definitions. */
    public Map<String, SecurityScheme> securitySchemes(Endpoint endpoint) {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        var requirements = endpoint.operation().getSecurity() != null ? endpoint.operation().getSecurity()
                : model.getSecurity();
        if (requirements != null) {
            requirements.forEach(requirement -> requirement.keySet().forEach(scheme ->
                    schemes.put(scheme, model.getComponents().getSecuritySchemes().get(scheme))));
        }
        return schemes;
    }

    @SuppressWarnings("rawtypes")
    public Schema resolve(Schema schema) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        return resolve(model.getComponents().getSchemas().get(simpleName(schema.get$ref())));
    }

    private ApiResponse resolve(ApiResponse response) {
        return response.get$ref() == null ? response
                : resolve(model.getComponents().getResponses().get(simpleName(response.get$ref())));
    }

    private Parameter resolve(Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : resolve(model.getComponents().getParameters().get(simpleName(parameter.get$ref())));
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
