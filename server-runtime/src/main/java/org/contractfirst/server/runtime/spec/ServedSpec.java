package org.contractfirst.server.runtime.spec;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.core.MediaType;
import org.contractfirst.values.OpenApiDocument;
import org.contractfirst.values.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the runtime reads from an API's spec, so that the server does exactly what the contract says: each
 * operation's security requirements and multipart encoding, the local server's port and base path, and whether the
 * API negotiates its media type. The spec is read as plain YAML or JSON, not through an OpenAPI parser, which
 * would add a third of a second to startup; local {@code $ref}s are followed.
 */
public final class ServedSpec {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final JsonNode spec;
    private final Schemas schemas;
    /** Each operation by its key: its operationId, or, where it has none, its method and path ({@code GET /pings}). */
    private final Map<String, JsonNode> operations = new HashMap<>();
    private final Map<String, JsonNode> pathItems = new HashMap<>();
    private final Map<String, String> pathTemplates = new HashMap<>();
    /** Each operation's method in capitals, as its first route has it. */
    private final Map<String, String> methods = new HashMap<>();
    /** Each operation by its method and its path template as a pattern: {@code GET /users/[^/]+}. */
    private final List<Route> routes = new ArrayList<>();
    /** The documented media types of each operation's status, as answers ask for them: read once each. */
    private final Map<String, List<MediaType>> responseMediaTypes = new ConcurrentHashMap<>();

    private record Route(String method, Pattern path, String operationId) {
    }

    private ServedSpec(JsonNode spec) {
        this.spec = spec;
        this.schemas = new Schemas(new OpenApiDocument(spec));
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                String operationId = entry.getValue().path("operationId").asText("");
                if (operationId.isEmpty()) {
                    operationId = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                }
                operations.put(operationId, entry.getValue());
                pathItems.put(operationId, path.getValue());
                pathTemplates.put(operationId, path.getKey());
                methods.putIfAbsent(operationId, entry.getKey().toUpperCase(Locale.ROOT));
                routes.add(new Route(entry.getKey().toUpperCase(Locale.ROOT), Pattern.compile(
                        Arrays.stream(path.getKey().split("\\{[^}/]+\\}", -1)).map(Pattern::quote)
                                .collect(Collectors.joining("[^/]+"))), operationId));
            }
        }));
    }

    /**
     * Specs read once: the launcher asks each for its port, and then its server for the rest. By class loader too:
     * two mocks in one JVM may each serve their own {@code specs/orders.yaml}, and a closed mock's loader is let go.
     */
    private static final Map<ClassLoader, Map<String, ServedSpec>> READ = Collections.synchronizedMap(new WeakHashMap<>());

    /** The spec at {@code resource} on the classpath, such as {@code specs/bird.yaml}. */
    public static ServedSpec of(String resource) {
        return of(resource, ServedSpec.class.getClassLoader());
    }

    /** The spec at {@code resource} as {@code loader} finds it: the loader of an API's generated code. */
    public static ServedSpec of(String resource, ClassLoader loader) {
        return READ.computeIfAbsent(loader, ignored -> new ConcurrentHashMap<>())
                .computeIfAbsent(resource, ignored -> read(resource, loader));
    }

    private static ServedSpec read(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no spec " + resource + " on the classpath");
            }
            return new ServedSpec(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The operation a request is for: its method on the path (below the base path) that one of the spec's path
     * templates matches, a template of fixed segments first, as OpenAPI says of templates that could both match.
     */
    public Optional<String> operationAt(String method, String path) {
        return mostSpecific(route -> route.method().equals(method) && route.path().matcher(path).matches());
    }

    /** The key of every operation, in the spec's order. */
    public List<String> operationIds() {
        return routes.stream().map(Route::operationId).toList();
    }

    /** The method of an operation, in capitals ({@code GET}); empty for an operation the spec has not. */
    public String method(String operationId) {
        return methods.getOrDefault(operationId, "");
    }

    /** The path template of an operation ({@code /users/{id}}); empty for an operation the spec has not. */
    public String pathTemplate(String operationId) {
        return pathTemplates.getOrDefault(operationId, "");
    }

    /** Some operation on the path, by any method: the path's own parameters are the same for each. */
    public Optional<String> operationOnPath(String path) {
        return mostSpecific(route -> route.path().matcher(path).matches());
    }

    private Optional<String> mostSpecific(Predicate<Route> matching) {
        return routes.stream().filter(matching)
                .min(Comparator.comparingInt(route -> route.path().pattern().split("\\[\\^/\\]\\+", -1).length))
                .map(Route::operationId);
    }

    /** The whole spec, as its tree. */
    public JsonNode root() {
        return spec;
    }

    /**
     * The parameters of an operation, each resolved: those of its path, and its own, which replace a path's of the
     * same name and location.
     */
    public List<JsonNode> parameters(String operationId) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode source : List.of(pathItems.getOrDefault(operationId, MissingNode.getInstance()).path("parameters"),
                operation(operationId).path("parameters"))) {
            source.forEach(reference -> {
                JsonNode parameter = resolve(reference);
                parameters.put(parameter.path("in").asText() + " " + parameter.path("name").asText(), parameter);
            });
        }
        return List.copyOf(parameters.values());
    }

    /** The operation named {@code operationId}; missing when the spec has none of that name. */
    public JsonNode operation(String operationId) {
        return operations.getOrDefault(operationId, MissingNode.getInstance());
    }

    /** Each operation's {@code security} list, its own, else the spec's, by operationId. */
    public Map<String, JsonNode> securityByOperation() {
        Map<String, JsonNode> requirements = new HashMap<>();
        operations.forEach((id, operation) -> requirements.put(id,
                operation.has("security") ? operation.get("security") : spec.path("security")));
        return requirements;
    }

    /** The multipart encoding of the operation's request body; empty for an operation without one. */
    public MultipartEncoding multipartEncoding(String operationId) {
        JsonNode body = resolve(operations.getOrDefault(operationId, MissingNode.getInstance()).path("requestBody"));
        return MultipartEncoding.of(body.path("content").path("multipart/form-data").path("encoding"));
    }

    /**
     * The server the spec lists for running the API locally: the first whose host is {@code 127.0.0.1} or
     * {@code localhost}, its variables at their defaults. Without one, a free port and the first server's path.
     */
    public LocalServer localServer() {
        JsonNode chosen = null;
        for (JsonNode server : spec.path("servers")) {
            URI url = url(server);
            if (url.getHost() != null && Set.of("127.0.0.1", "localhost").contains(url.getHost())) {
                chosen = server;
                break;
            }
        }
        if (chosen == null) {
            return new LocalServer(0, spec.path("servers").isEmpty() ? "" : path(url(spec.path("servers").get(0))));
        }
        URI url = url(chosen);
        return new LocalServer(Math.max(url.getPort(), 0), path(url));
    }

    /** Whether some response has more than one media type, or the API documents a 406: then Accept chooses. */
    public boolean negotiatesMediaType() {
        for (JsonNode operation : operations.values()) {
            Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> response = responses.next();
                if ("406".equals(response.getKey()) || resolve(response.getValue()).path("content").size() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The spec's schemas, read as OpenAPI means them. */
    public Schemas schemas() {
        return schemas;
    }

    /** The schema of the operation's request body in {@code mediaType}, by the most specific content entry. */
    public Optional<JsonNode> requestSchema(String operationId, MediaType mediaType) {
        return schema(resolve(operation(operationId).path("requestBody")).path("content"), mediaType);
    }

    /** The schema of the operation's response of {@code status} in {@code mediaType}. */
    public Optional<JsonNode> responseSchema(String operationId, int status, MediaType mediaType) {
        return response(operationId, status).flatMap(response -> schema(response.path("content"), mediaType));
    }

    /** The media types the operation's response of {@code status} documents, but ranges ({@code application/*}). */
    public List<MediaType> responseMediaTypes(String operationId, int status) {
        return responseMediaTypes.computeIfAbsent(operationId + " " + status, key -> {
            List<MediaType> types = new ArrayList<>();
            response(operationId, status).ifPresent(response -> response.path("content").fieldNames().forEachRemaining(name -> {
                MediaType type = MediaType.valueOf(name);
                if (!type.isWildcardType() && !type.isWildcardSubtype()) {
                    types.add(new MediaType(type.getType(), type.getSubtype()));
                }
            }));
            return List.copyOf(types);
        });
    }

    /** The response of that code, else of its range ({@code 4XX}), else the default, as OAS 3.0.3 §4.7.16 orders them. */
    private Optional<JsonNode> response(String operationId, int status) {
        JsonNode responses = operation(operationId).path("responses");
        for (String key : List.of(String.valueOf(status), status / 100 + "XX", "default")) {
            JsonNode response = responses.has(key) ? responses.get(key) : responses.path(key.toLowerCase(Locale.ROOT));
            if (!response.isMissingNode()) {
                return Optional.of(resolve(response));
            }
        }
        return Optional.empty();
    }

    /** The schema of the content entry for {@code mediaType}: its own, else its type's ({@code application/*}), else any type's. */
    private Optional<JsonNode> schema(JsonNode content, MediaType mediaType) {
        for (String key : List.of(mediaType.getType() + "/" + mediaType.getSubtype(), mediaType.getType() + "/*", "*/*")) {
            Iterator<Map.Entry<String, JsonNode>> entries = content.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String type = entry.getKey().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
                if (type.equals(key) && entry.getValue().has("schema")) {
                    return Optional.of(entry.getValue().get("schema"));
                }
            }
        }
        return Optional.empty();
    }

    /** The node a local {@code $ref} points at, followed until it is no reference; any other node as it is. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 32; hops++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#") ? spec.at(ref.substring(1)) : MissingNode.getInstance();
        }
        return current;
    }

    private static URI url(JsonNode server) {
        String url = server.path("url").asText("");
        Iterator<Map.Entry<String, JsonNode>> variables = server.path("variables").fields();
        while (variables.hasNext()) {
            Map.Entry<String, JsonNode> variable = variables.next();
            url = url.replace("{" + variable.getKey() + "}", variable.getValue().path("default").asText());
        }
        return URI.create(url);
    }

    private static String path(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Where the API runs locally: its port (0: any free one) and base path ({@code ""} or {@code /rest/v2}). */
    public record LocalServer(int port, String basePath) {
    }
}
