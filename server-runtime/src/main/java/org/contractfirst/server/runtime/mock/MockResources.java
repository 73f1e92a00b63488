package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources a spec describes, as a mock that keeps state sees them, read from its paths alone:
 * <ul>
 *   <li>a <em>collection</em> and its <em>items</em>: a path and the same path with one more segment that is a whole
 *   parameter ({@code /orders} and {@code /orders/{orderId}}, at any depth: {@code /users/{userId}/orders/{orderId}});
 *   POST on the collection creates, GET lists; GET, PUT, PATCH and DELETE on an item read, replace, merge and
 *   remove;</li>
 *   <li>a <em>singleton</em>: a path that is no collection, with a GET and a PUT, PATCH or DELETE beside it
 *   ({@code /me}); each caller has its own.</li>
 *   <li>an <em>action</em> on an item or a singleton: a PATCH or PUT of a path one fixed segment below it, which has
 *   no GET of its own ({@code PATCH /me/edit}); it merges what it is sent into what it acts on.</li>
 * </ul>
 * The property that names an item is the item path's parameter matched to a property of the item's schema: by the
 * same name, else {@code id}, else the property the parameter's {@code x-mock-id} names; where none matches, the id
 * is in the path alone. An operation whose body is neither JSON nor a form, or a list whose answer is not JSON, has
 * no role: it is answered without state.
 */
public final class MockResources {

    enum Kind { CREATE, LIST, READ, REPLACE, MERGE, REMOVE }

    /**
     * What an operation does to its resource. {@code depth} counts the segments of the collection's path (or the
     * singleton's); {@code idProperty} is empty where the id is in the path alone.
     */
    record Role(Kind kind, boolean singleton, int depth, JsonNode idParameter, Optional<String> idProperty,
                JsonNode idSchema, JsonNode itemSchema, Optional<String> readOperation, Optional<String> listOperation) {
    }

    private final Map<String, Role> roles = new HashMap<>();

    private MockResources() {
    }

    static MockResources of(ServedSpec spec) {
        MockResources resources = new MockResources();
        Map<String, Map<String, String>> byPath = new HashMap<>();
        for (String operation : spec.operationIds()) {
            byPath.computeIfAbsent(spec.pathTemplate(operation), path -> new HashMap<>()).put(spec.method(operation), operation);
        }
        Set<String> collections = new HashSet<>();
        byPath.keySet().forEach(path -> parameterAtEnd(path).ifPresent(parameter -> collections.add(parent(path))));
        Map<String, List<String>> actions = new HashMap<>();
        byPath.forEach((path, operations) -> {
            if (parameterAtEnd(path).isEmpty() && !operations.containsKey("GET") && !collections.contains(path)
                    && byPath.getOrDefault(parent(path), Map.of()).containsKey("GET")) {
                operations.forEach((method, operation) -> {
                    if (method.equals("PATCH") || method.equals("PUT")) {
                        actions.computeIfAbsent(parent(path), parent -> new ArrayList<>()).add(operation);
                    }
                });
            }
        });
        byPath.forEach((path, operations) -> {
            Optional<String> parameter = parameterAtEnd(path);
            List<String> acting = actions.getOrDefault(path, List.of());
            if (parameter.isPresent()) {
                resources.collection(spec, path, parameter.get(), operations, acting, byPath.getOrDefault(parent(path), Map.of()));
            } else if (!collections.contains(path) && operations.containsKey("GET") && (!acting.isEmpty()
                    || operations.keySet().stream().anyMatch(method -> Set.of("PUT", "PATCH", "DELETE").contains(method)))) {
                resources.singleton(spec, path, operations, acting);
            }
        });
        return resources;
    }

    Optional<Role> role(String operationId) {
        return Optional.ofNullable(roles.get(operationId));
    }

    /**
     * The roles of a collection and its items, from the item path ({@code /orders/{orderId}}) and its operations, the
     * actions on it, and the operations of its collection path ({@code /orders}): one item schema, id and depth for all.
     */
    private void collection(ServedSpec spec, String itemPath, String parameter, Map<String, String> itemOperations,
                            List<String> actions, Map<String, String> collectionOperations) {
        JsonNode item = itemSchema(spec, itemOperations.get("GET"), collectionOperations.get("POST"), itemOperations.get("PUT"));
        if (!anObject(spec, item)) {
            return;
        }
        JsonNode parameterNode = pathParameter(spec, itemOperations.values().iterator().next(), parameter);
        Optional<String> idProperty = idProperty(spec, item, parameter, parameterNode);
        JsonNode idSchema = idProperty.map(name -> spec.schemas().effective(item).path("properties").path(name))
                .filter(schema -> !schema.isMissingNode()).orElse(parameterNode.path("schema"));
        int depth = segments(parent(itemPath));
        Optional<String> read = Optional.ofNullable(itemOperations.get("GET"));
        Optional<String> list = Optional.ofNullable(collectionOperations.get("GET")).filter(get -> fits(spec, get, Kind.LIST));
        Map<String, Kind> kinds = new HashMap<>();
        itemOperations.forEach((method, operation) -> kinds.put(operation, onItem(method)));
        actions.forEach(action -> kinds.put(action, Kind.MERGE));
        Optional.ofNullable(collectionOperations.get("POST")).ifPresent(post -> kinds.put(post, Kind.CREATE));
        list.ifPresent(get -> kinds.put(get, Kind.LIST));
        kinds.forEach((operation, kind) -> {
            if (kind != null && fits(spec, operation, kind)) {
                roles.put(operation, new Role(kind, false, depth, parameterNode, idProperty, idSchema, item, read, list));
            }
        });
    }

    private void singleton(ServedSpec spec, String path, Map<String, String> operations, List<String> actions) {
        JsonNode item = jsonSchema(spec.resolve(spec.operation(operations.get("GET")).path("responses")
                .path(MockAnswers.success(spec.operation(operations.get("GET"))))));
        if (!anObject(spec, item)) {
            return;
        }
        Optional<String> read = Optional.of(operations.get("GET"));
        Map<String, Kind> kinds = new HashMap<>();
        operations.forEach((method, operation) -> kinds.put(operation, onItem(method)));
        actions.forEach(action -> kinds.put(action, Kind.MERGE));
        kinds.forEach((operation, kind) -> {
            if (kind != null && fits(spec, operation, kind)) {
                roles.put(operation, new Role(kind, true, segments(path), MissingNode.getInstance(), Optional.empty(),
                        MissingNode.getInstance(), item, read, Optional.empty()));
            }
        });
    }

    /** Whether a schema is one of objects: it says so, or says no type at all. */
    private static boolean anObject(ServedSpec spec, JsonNode schema) {
        if (schema.isMissingNode()) {
            return false;
        }
        Set<String> types = spec.schemas().types(spec.schemas().effective(schema));
        return types.isEmpty() || types.contains("object");
    }

    /**
     * Whether the operation speaks JSON where its role needs it: a JSON (or form, or multipart) body to store, or a
     * JSON answer to list.
     */
    private static boolean fits(ServedSpec spec, String operationId, Kind kind) {
        JsonNode operation = spec.operation(operationId);
        return switch (kind) {
            case CREATE, REPLACE, MERGE -> {
                JsonNode content = spec.resolve(operation.path("requestBody")).path("content");
                yield json(content).isPresent() || content.has("application/x-www-form-urlencoded")
                        || content.has("multipart/form-data");
            }
            case LIST -> {
                JsonNode schema = spec.schemas().effective(jsonSchema(spec.resolve(operation.path("responses")
                        .path(MockAnswers.success(operation)))));
                yield schema.has("items") || MockLists.itemsProperty(spec.schemas(), schema).isPresent();
            }
            default -> true;
        };
    }

    /** The schema of an item: what its read answers, else what its create or replace is sent. */
    private static JsonNode itemSchema(ServedSpec spec, String read, String create, String replace) {
        if (read != null) {
            JsonNode operation = spec.operation(read);
            JsonNode schema = jsonSchema(spec.resolve(operation.path("responses").path(MockAnswers.success(operation))));
            if (!schema.isMissingNode()) {
                return schema;
            }
        }
        for (String writer : Arrays.asList(create, replace)) {
            if (writer != null) {
                JsonNode schema = json(spec.resolve(spec.operation(writer).path("requestBody")).path("content"))
                        .map(media -> media.path("schema")).orElse(MissingNode.getInstance());
                if (!schema.isMissingNode()) {
                    return schema;
                }
            }
        }
        return MissingNode.getInstance();
    }

    private static Optional<String> idProperty(ServedSpec spec, JsonNode item, String parameter, JsonNode parameterNode) {
        JsonNode properties = spec.schemas().effective(item).path("properties");
        for (String name : List.of(parameter, "id", parameterNode.path("x-mock-id").asText(""))) {
            if (!name.isEmpty() && properties.has(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static JsonNode pathParameter(ServedSpec spec, String operation, String name) {
        return spec.parameters(operation).stream()
                .filter(parameter -> parameter.path("in").asText().equals("path") && parameter.path("name").asText().equals(name))
                .findFirst().orElse(MissingNode.getInstance());
    }

    /** The schema of the response's JSON content; missing where it has none. */
    static JsonNode jsonSchema(JsonNode response) {
        return json(response.path("content")).map(media -> media.path("schema")).orElse(MissingNode.getInstance());
    }

    /** The content entry a JSON body takes ({@link #isJson}). */
    private static Optional<JsonNode> json(JsonNode content) {
        Iterator<Map.Entry<String, JsonNode>> entries = content.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (isJson(entry.getKey())) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether a media type (or range) takes JSON: {@code application/json}, a {@code +json} type, or a wildcard. */
    static boolean isJson(String mediaType) {
        String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json") || type.equals("*/*") || type.equals("application/*");
    }

    /** What a method does to an item or a singleton; null for a method that does nothing to one. */
    private static Kind onItem(String method) {
        return switch (method) {
            case "GET" -> Kind.READ;
            case "PUT" -> Kind.REPLACE;
            case "PATCH" -> Kind.MERGE;
            case "DELETE" -> Kind.REMOVE;
            default -> null;
        };
    }

    /** The parameter that is the path's whole last segment ({@code orderId} of {@code /orders/{orderId}}). */
    private static Optional<String> parameterAtEnd(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.matches("\\{[^{}/]+}") && path.lastIndexOf('/') > 0
                ? Optional.of(last.substring(1, last.length() - 1)) : Optional.empty();
    }

    private static String parent(String path) {
        return path.substring(0, Math.max(0, path.lastIndexOf('/')));
    }

    private static int segments(String path) {
        return (int) Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).count();
    }
}
