package org.contractfirst.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.contractfirst.values.OpenApiDocument;
import org.contractfirst.values.Schemas;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One API's spec, as swagger-parser reads it (OpenAPI 3.0 or 3.1, or Swagger 2.0 converted to OpenAPI 3.0; references
 * to other files bundled in), held as a JSON tree: its operations with their parameters, bodies, responses and
 * security, and its security schemes. Every {@code $ref} of the document is followed where it is read, whatever it
 * points at.
 */
public final class ApiSpec {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String name;
    private final String location;
    private final OpenApiDocument document;
    private final Schemas schemas;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, SecurityScheme> securitySchemes = new LinkedHashMap<>();
    private final List<String> messages;
    private final String conversion;

    private ApiSpec(String name, String location, JsonNode tree, List<String> messages, String conversion) {
        this.name = name;
        this.location = location;
        this.document = new OpenApiDocument(tree);
        this.schemas = new Schemas(document);
        this.messages = List.copyOf(messages);
        this.conversion = conversion;
        fields(document.at("/components/securitySchemes")).forEach((schemeName, scheme) ->
                securitySchemes.put(schemeName, SecurityScheme.of(schemeName, document.resolve(scheme))));
        fields(document.at("/paths")).forEach((path, item) -> {
            JsonNode pathItem = document.resolve(item);
            for (String method : METHODS) {
                if (pathItem.has(method)) {
                    operations.add(Operation.of(this, path, method.toUpperCase(), pathItem, pathItem.get(method)));
                }
            }
        });
    }

    /**
     * Reads the spec at {@code location}, a file or a URL. What swagger-parser reports about it is kept as
     * {@link #messages()}; a Swagger 2.0 spec, which the OpenAPI 3 parser refuses, is read by conversion, and what
     * that conversion says is its {@link #conversion()}; a spec it cannot read at all is an
     * {@link IllegalArgumentException}.
     */
    public static ApiSpec read(String name, String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(location, null, options);
        OpenAPI model = result.getOpenAPI();
        if (model == null) {
            SwaggerParseResult converted = new SwaggerConverter().readLocation(location, null, options);
            if (converted.getOpenAPI() == null) {
                throw new IllegalArgumentException("cannot read " + location + ": " + String.join("; ", messages(result)));
            }
            ObjectNode tree = Json.mapper().valueToTree(converted.getOpenAPI());
            return new ApiSpec(name, location, tree, List.of(), SwaggerConversion.note(location, tree, messages(converted)));
        }
        boolean openApi31 = model.getOpenapi() != null && model.getOpenapi().startsWith("3.1");
        ObjectNode tree = (openApi31 ? Json31.mapper() : Json.mapper()).valueToTree(model);
        return new ApiSpec(name, location, tree, messages(result), null);
    }

    private static List<String> messages(SwaggerParseResult result) {
        return result.getMessages() == null ? List.of() : result.getMessages();
    }

    public String name() {
        return name;
    }

    /** The name a location gives a spec: its file name without the extension ({@code orders} for {@code specs/orders.yaml}). */
    public static String nameOf(String location) {
        String file = location.substring(location.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** Where the spec was read from: a file, a URL, or a resource's URL. */
    public String location() {
        return location;
    }

    public OpenApiDocument document() {
        return document;
    }

    public Schemas schemas() {
        return schemas;
    }

    public List<Operation> operations() {
        return operations;
    }

    /**
     * The path of each of the spec's servers, in written order, its variables at their defaults and without a
     * closing slash: where its clients call.
     */
    public List<String> serverPaths() {
        List<String> paths = new ArrayList<>();
        for (JsonNode server : document.root().path("servers")) {
            String url = server.path("url").asText("");
            for (Map.Entry<String, JsonNode> variable : fields(server.path("variables")).entrySet()) {
                url = url.replace("{" + variable.getKey() + "}", variable.getValue().path("default").asText(""));
            }
            String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
            paths.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        }
        return paths;
    }

    /** What swagger-parser reported while reading the spec: its errors and warnings. */
    public List<String> messages() {
        return messages;
    }

    /**
     * For a Swagger 2.0 spec, that it was read by conversion to OpenAPI 3.0, with what the conversion dropped and
     * what the converter said (its messages are there, not in {@link #messages()}); empty for an OpenAPI 3 spec.
     */
    public Optional<String> conversion() {
        return Optional.ofNullable(conversion);
    }

    /** Whether {@code operation} is the first of its path template: a check of the path as a whole runs there once. */
    public boolean isFirstOn(Operation operation) {
        return operationsOn(operation.path()).get(0) == operation;
    }

    /** The operations of one path template, in the spec's order. */
    public List<Operation> operationsOn(String path) {
        return operations().stream().filter(operation -> operation.path().equals(path)).toList();
    }

    public Optional<Operation> operation(String method, String path) {
        return operations.stream().filter(operation -> operation.method().equals(method) && operation.path().equals(path))
                .findFirst();
    }

    /**
     * The methods, upper case, documented on any path template that {@code concretePath} (a path as sent, relative to the base
     * URL) fills: {@code DELETE /spaces/create} is documented by {@code DELETE /spaces/{id}}, and two templates that
     * differ only in their parameters' names are one path (OpenAPI 3.0.3 §4.7.8).
     */
    public Set<String> methodsAt(String concretePath) {
        Set<String> methods = new java.util.LinkedHashSet<>();
        operations.stream().filter(operation -> fills(concretePath, operation.path()))
                .forEach(operation -> methods.add(operation.method()));
        return methods;
    }

    /**
     * The operation of {@code method} whose path template {@code concretePath} fills, a template of fewer parameters
     * first ({@code /orders/count} before {@code /orders/{id}}).
     */
    public Optional<Operation> operationFilling(String method, String concretePath) {
        return operations.stream().filter(operation -> operation.method().equals(method)
                        && fills(concretePath, operation.path()))
                .min(java.util.Comparator.comparingLong(operation -> operation.path().chars().filter(c -> c == '{').count()));
    }

    private static boolean fills(String concretePath, String template) {
        String[] literals = template.split("\\{[^}/]*}", -1);
        StringBuilder regex = new StringBuilder(java.util.regex.Pattern.quote(literals[0]));
        for (int i = 1; i < literals.length; i++) {
            regex.append("[^/]+").append(java.util.regex.Pattern.quote(literals[i]));
        }
        return concretePath.matches(regex.toString());
    }

    /** The names, lower case, under which an apiKey scheme of the spec carries its credential {@code in} a place. */
    public Set<String> apiKeyNames(String in) {
        Set<String> names = new java.util.TreeSet<>();
        securitySchemes.values().stream().filter(scheme -> "apiKey".equals(scheme.type()) && in.equals(scheme.in()))
                .forEach(scheme -> names.add(scheme.parameterName().toLowerCase(java.util.Locale.ROOT)));
        return names;
    }

    public Optional<SecurityScheme> securityScheme(String schemeName) {
        return Optional.ofNullable(securitySchemes.get(schemeName));
    }

    public Map<String, SecurityScheme> securitySchemes() {
        return securitySchemes;
    }

    /** The resolved node of a reference or inline object. */
    public JsonNode resolve(JsonNode node) {
        return document.resolve(node);
    }

    /** An object's fields in order; none when it is no object. */
    public static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (object != null && object.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                fields.put(entry.getKey(), entry.getValue());
            }
        }
        return fields;
    }

    @Override
    public String toString() {
        return name;
    }
}
