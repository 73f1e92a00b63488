package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.binding.JsonPatch;
import org.contractfirst.server.runtime.binding.MergePatch;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a mock that keeps state remembers, and how each {@link MockResources.Role} answers from it: a create stores
 * the item it is sent (its id made where the client sends none) and answers it, with its {@code Location} where the
 * response documents one; a read answers the item or 404 (410 for one removed, where the read documents 410); a
 * replace replaces (or creates, where it documents 201); a merge applies a merge patch or a JSON Patch; a remove
 * removes; a list answers the items, filtered and paged ({@link MockLists}). A collection starts with the items its
 * spec's examples show; a singleton, for each caller, with its read's example. Properties the item's schema marks
 * readOnly are the mock's to set and keep; writeOnly ones are stored and never answered. Everything is held in
 * memory, in one lock: at most {@value #MOST_ITEMS} items a collection (the oldest forgotten first), and
 * {@value #MOST_COLLECTIONS} collections and singletons (the least recently used forgotten first).
 */
public final class MockState {

    static final int MOST_ITEMS = 10_000;
    /** The most collections (one per parent path) and singletons (one per caller) held: the least recently used go. */
    static final int MOST_COLLECTIONS = 1_000;

    /** An answer the state decided: the documented status, its body (empty: the documented one) and headers. */
    record Reply(String status, Optional<JsonNode> body, Map<String, JsonNode> headers) {
    }

    /** A refusal, answered with the first of {@code statuses} the operation documents, in the API's error shape. */
    static final class Refusal extends RuntimeException {
        private final List<Integer> statuses;

        Refusal(List<Integer> statuses, String message) {
            super(message, null, false, false);
            this.statuses = statuses;
        }

        List<Integer> statuses() {
            return statuses;
        }
    }

    /** The bodies the spec documents for an operation's response, and those a mock answers where it has none. */
    interface Bodies {
        /** The response's own example, if the spec gives one. */
        Optional<JsonNode> documented(String operationId, String status);

        /** Its example, else a value its schema allows. */
        Optional<JsonNode> answered(String operationId, String status);
    }

    private static final List<Integer> MISSING = List.of(404);
    private static final List<Integer> MISSING_OR_GONE = List.of(410, 404);
    /** A singleton deleted with its caller's account: the read documents no 404, and the credential now names no one. */
    private static final List<Integer> CALLER_GONE = List.of(404, 410, 401, 403);
    static final List<Integer> CONFLICT = List.of(409, 422, 400);

    private final ServedSpec spec;
    private final MockResources resources;
    private final MockIds ids;
    private final Bodies bodies;
    /** The items collections start with where a fixture file gives them, by collection path. */
    private final Map<String, List<JsonNode>> seedData;
    private final Map<String, LinkedHashMap<String, ObjectNode>> collections = bounded(MOST_COLLECTIONS);
    private final Set<String> removed = Collections.newSetFromMap(bounded(MOST_ITEMS));
    private final Map<String, Optional<ObjectNode>> singletons = bounded(MOST_COLLECTIONS);
    /**
     * A singleton's state as a GET of the same words names it by a field of it: {@code PUT /users/presence}, whose
     * state holds {@code userId} u1, is also what {@code GET /users/u1/presence} reads. By that GET's path.
     */
    private final Map<String, ObjectNode> namedElsewhere = bounded(MOST_COLLECTIONS);
    /** The GETs that read a state kept {@link #namedElsewhere}: their answers come from it once it holds one. */
    private final Set<String> readElsewhere = ConcurrentHashMap.newKeySet();
    /** Each PUT or PATCH's GETs of another path with the same words: where a write of no kept resource is read. */
    private final Map<String, List<String>> readsOfTheSameWords;
    /** The ids of the items the mock has held, which name something wherever an operation asks for one. */
    private final Set<String> issued = Collections.newSetFromMap(bounded(MOST_ITEMS));
    /** The spec's parameters are the same nodes on every request: their documented values, by node. */
    private final Map<JsonNode, Set<String>> documentedValues = new IdentityHashMap<>();

    MockState(ServedSpec spec, Bodies bodies, Map<String, List<JsonNode>> seedData) {
        this.seedData = seedData;
        this.spec = spec;
        this.resources = MockResources.of(spec);
        this.ids = new MockIds(spec.schemas());
        this.bodies = bodies;
        this.readsOfTheSameWords = readsOfTheSameWords(spec);
    }

    /** Whether the operation has a role in the spec's resources: its answers come from the state. */
    boolean remembers(String operationId) {
        return resources.role(operationId).isPresent() || readElsewhere.contains(operationId);
    }

    /**
     * The answer the state gives the request; empty where the operation has no role, or its body is not JSON. An
     * operation that documents a 404 of its own is refused where an input that names something (other than an
     * item's own id, which the store knows) names nothing known ({@link #unknown}).
     */
    synchronized Optional<Reply> reply(String operationId, MockRequest request) {
        Optional<MockResources.Role> found = resources.role(operationId);
        // An item's own id is the store's to know; every other input that names something is known or refused.
        Optional<String> storeKnows = found.filter(role -> !role.singleton() && role.kind() != MockResources.Kind.CREATE
                && role.kind() != MockResources.Kind.LIST).map(role -> role.idParameter().path("name").asText());
        unknown(operationId, request, storeKnows).ifPresent(input -> {
            throw new Refusal(MISSING, "no " + input);
        });
        if (found.isEmpty()) {
            return spec.method(operationId).equals("GET")
                    ? Optional.ofNullable(namedElsewhere.get(request.path(request.segments().size())))
                            .map(item -> succeeded(operationId, item))
                    : writtenElsewhere(operationId, request);
        }
        MockResources.Role role = found.get();
        boolean writes = role.kind() == MockResources.Kind.CREATE || role.kind() == MockResources.Kind.REPLACE
                || role.kind() == MockResources.Kind.MERGE;
        if (writes && (request.body().isEmpty()
                || role.kind() != MockResources.Kind.MERGE && !request.body().get().isObject())) {
            return Optional.empty();
        }
        return Optional.of(role.singleton() ? singleton(operationId, role, request) : collection(operationId, role, request));
    }

    private Reply collection(String operationId, MockResources.Role role, MockRequest request) {
        String path = request.path(role.depth());
        LinkedHashMap<String, ObjectNode> items = items(path, role);
        if (role.kind() == MockResources.Kind.LIST) {
            String status = success(operationId);
            return answer(status, Optional.of(MockLists.page(spec, operationId,
                    bodies.answered(operationId, status).orElse(JsonNodeFactory.instance.objectNode()),
                    List.copyOf(items.values()), request, shower(operationId, status, true))));
        }
        if (role.kind() == MockResources.Kind.CREATE) {
            return create(operationId, role, request, path, items);
        }
        String id = request.segments().get(role.depth());
        ObjectNode item = items.get(id);
        if (item == null) {
            return absent(operationId, role, request, path, items, id);
        }
        return switch (role.kind()) {
            case READ -> succeeded(operationId, item);
            case REPLACE, MERGE -> {
                ObjectNode changed = changed(operationId, role, item, request);
                role.idProperty().ifPresent(property -> changed.set(property, item.get(property)));
                items.put(id, changed);
                yield changedAnswer(operationId, changed);
            }
            default -> {
                items.remove(id);
                removed.add(path + "/" + id);
                yield succeeded(operationId, item);
            }
        };
    }

    /**
     * A request for an item the collection does not hold: a PUT that documents 201 creates it; an operation that
     * documents a 404 of its own is refused with it (410 for one removed, where documented); any other PUT or PATCH
     * stores the item at that id (a PATCH onto the read's example), as a server that documents no 404 must. A read or
     * delete of it that documents no 404 is answered as documented, without state.
     */
    private Reply absent(String operationId, MockResources.Role role, MockRequest request, String path,
                         LinkedHashMap<String, ObjectNode> items, String id) {
        boolean creates = role.kind() == MockResources.Kind.REPLACE && documents(operationId, "201");
        boolean refuses = documents(operationId, "404") || documents(operationId, "410");
        boolean writes = role.kind() == MockResources.Kind.REPLACE || role.kind() == MockResources.Kind.MERGE;
        if (!creates && (refuses || !writes)) {
            throw new Refusal(removed.contains(path + "/" + id) ? MISSING_OR_GONE : MISSING, "no item " + id + " in " + path);
        }
        ObjectNode created = role.kind() == MockResources.Kind.MERGE ? merged(role, readExample(role), request)
                : replaced(operationId, role, (ObjectNode) request.body().get(), null);
        role.idProperty().ifPresent(property -> created.set(property, ids.node(role.idSchema(), id)));
        store(items, id, created);
        removed.remove(path + "/" + id);
        String status = creates ? "201" : existing(operationId);
        return answer(status, shower(operationId, status, false).apply(created));
    }

    /** The item after a PUT (replaced) or a PATCH (merged). */
    private ObjectNode changed(String operationId, MockResources.Role role, ObjectNode item, MockRequest request) {
        return role.kind() == MockResources.Kind.REPLACE
                ? replaced(operationId, role, (ObjectNode) request.body().get(), item) : merged(role, item, request);
    }

    /** The answer to a read or a delete: the operation's success, showing the item. */
    private Reply succeeded(String operationId, ObjectNode item) {
        return answer(success(operationId), shower(operationId, success(operationId), false).apply(item));
    }

    /** The answer to a change of an item that exists: the least success besides 201, showing it changed. */
    private Reply changedAnswer(String operationId, ObjectNode changed) {
        String status = existing(operationId);
        return answer(status, shower(operationId, status, false).apply(changed));
    }

    private ObjectNode readExample(MockResources.Role role) {
        return role.readOperation().flatMap(read -> bodies.answered(read, success(read))).filter(JsonNode::isObject)
                .map(example -> (ObjectNode) example.deepCopy()).orElseGet(JsonNodeFactory.instance::objectNode);
    }

    private Reply create(String operationId, MockResources.Role role, MockRequest request, String path,
                         LinkedHashMap<String, ObjectNode> items) {
        ObjectNode item = replaced(operationId, role, (ObjectNode) request.body().get(), null);
        Optional<String> property = role.idProperty();
        boolean clientNames = property.isPresent() && item.has(property.get()) && !readOnly(role, property.get());
        String id = clientNames ? text(item.get(property.get())) : ids.next(role.idSchema(), items.keySet());
        if (clientNames && items.containsKey(id)) {
            throw new Refusal(CONFLICT, "an item " + id + " is already in " + path);
        }
        property.ifPresent(name -> item.set(name, ids.node(role.idSchema(), id)));
        store(items, id, item);
        removed.remove(path + "/" + id);
        String status = success(operationId);
        Map<String, JsonNode> headers = new LinkedHashMap<>();
        spec.resolve(response(operationId, status)).path("headers").fieldNames().forEachRemaining(name -> {
            if (name.equalsIgnoreCase("Location")) {
                List<String> segments = new ArrayList<>(request.segments().subList(0, role.depth()));
                segments.add(id);
                headers.put(name, TextNode.valueOf(request.base() + segments.stream().map(MockIds::escaped)
                        .collect(Collectors.joining("/"))));
            }
        });
        return new Reply(status, shower(operationId, status, false).apply(item), headers);
    }

    private Reply singleton(String operationId, MockResources.Role role, MockRequest request) {
        // One per caller where the path names no one (/me); where it does (/accounts/{id}/settings), the path does.
        String key = (spec.pathTemplate(operationId).contains("{") ? "" : request.subject()) + " " + request.path(role.depth());
        Optional<ObjectNode> state = singletons.computeIfAbsent(key, ignored -> Optional.of(readExample(role)));
        if (state.isEmpty()) {
            if (role.kind() == MockResources.Kind.REPLACE && documents(operationId, "201")) {
                ObjectNode created = replaced(operationId, role, (ObjectNode) request.body().get(), null);
                singletons.put(key, Optional.of(created));
                return answer("201", shower(operationId, "201", false).apply(created));
            }
            throw new Refusal(CALLER_GONE, "no " + request.path(role.depth()) + " for this caller");
        }
        ObjectNode item = state.get();
        return switch (role.kind()) {
            case READ -> succeeded(operationId, item);
            case REPLACE, MERGE -> {
                ObjectNode changed = changed(operationId, role, item, request);
                singletons.put(key, Optional.of(changed));
                nameElsewhere(operationId, changed);
                yield changedAnswer(operationId, changed);
            }
            default -> {
                singletons.put(key, Optional.empty());
                yield succeeded(operationId, item);
            }
        };
    }

    /**
     * Keeps the singleton's state under the path of each GET whose path has the same words and whose templates the
     * state's fields fill, each by its name, or an {@code id} after {@code /users} by {@code userId}.
     */
    private boolean nameElsewhere(String operationId, ObjectNode state) {
        boolean named = false;
        for (String read : readsOfTheSameWords.getOrDefault(operationId, List.of())) {
            String template = spec.pathTemplate(read);
            StringBuilder path = new StringBuilder();
            String previous = "";
            boolean filled = true;
            for (String segment : template.substring(1).split("/")) {
                String name = segment.startsWith("{") && segment.endsWith("}") ? segment.substring(1, segment.length() - 1) : null;
                JsonNode value = name == null ? null : state.path(name).isValueNode() ? state.get(name)
                        : name.equals("id") ? state.path(previous.replaceAll("s$", "") + "Id") : null;
                filled &= name == null || value != null && value.isValueNode();
                path.append('/').append(name == null ? segment : value == null ? "" : value.asText());
                previous = segment;
            }
            if (filled) {
                namedElsewhere.put(path.toString(), state);
                readElsewhere.add(read);
                named = true;
            }
        }
        return named;
    }

    /**
     * A PUT or PATCH of no resource the mock keeps (its path's GET lists, as {@code /users/presence} does) whose
     * object a GET of the same words names by one of its fields: its documented answer with what was sent laid over
     * it, kept for that GET and answered; empty where no GET names it.
     */
    private Optional<Reply> writtenElsewhere(String operationId, MockRequest request) {
        if (!Set.of("PUT", "PATCH").contains(spec.method(operationId)) || request.body().filter(JsonNode::isObject).isEmpty()
                || !(bodies.answered(operationId, success(operationId)).orElse(null) instanceof ObjectNode answered)) {
            return Optional.empty();
        }
        ObjectNode state = answered.deepCopy();
        state.setAll((ObjectNode) request.body().get());
        return nameElsewhere(operationId, state) ? Optional.of(succeeded(operationId, state)) : Optional.empty();
    }

    /** For each PUT or PATCH, the GETs of another path with its words in their order, by the spec alone. */
    private static Map<String, List<String>> readsOfTheSameWords(ServedSpec spec) {
        Map<String, List<String>> reads = new HashMap<>();
        for (String written : spec.operationIds()) {
            if (!Set.of("PUT", "PATCH").contains(spec.method(written))) {
                continue;
            }
            String template = spec.pathTemplate(written);
            List<String> same = spec.operationIds().stream().filter(read -> spec.method(read).equals("GET"))
                    .filter(read -> !spec.pathTemplate(read).equals(template)
                            && words(spec.pathTemplate(read)).equals(words(template)))
                    .toList();
            if (!same.isEmpty()) {
                reads.put(written, same);
            }
        }
        return Map.copyOf(reads);
    }

    private static List<String> words(String template) {
        return Arrays.stream(template.split("/")).filter(segment -> !segment.isEmpty() && !segment.startsWith("{")).toList();
    }

    /**
     * The input of an operation that documents a 404 of its own that names nothing the mock knows: each path
     * parameter and required query parameter names something there (as the conformance suite reads such an
     * operation), and knows the values the spec documents for it (examples, default, enum) and the ids of the items
     * the mock holds or held.
     */
    private Optional<String> unknown(String operationId, MockRequest request, Optional<String> storeKnows) {
        if (!spec.operation(operationId).path("responses").has("404")) {
            return Optional.empty();
        }
        String template = spec.pathTemplate(operationId);
        for (JsonNode parameter : spec.parameters(operationId)) {
            String name = parameter.path("name").asText();
            Optional<String> value = switch (parameter.path("in").asText()) {
                case "path" -> storeKnows.filter(name::equals).isPresent() ? Optional.empty()
                        : request.pathParameter(template, name);
                case "query" -> parameter.path("required").asBoolean(false) ? request.parameter(name) : Optional.empty();
                default -> Optional.empty();
            };
            if (value.isPresent() && !held(value.get()) && !documented(parameter).contains(value.get())) {
                return Optional.of(name + " " + value.get());
            }
        }
        return Optional.empty();
    }

    /** Whether an item of that id is held in any collection, or was lately. */
    private boolean held(String id) {
        return issued.contains(id) || collections.values().stream().anyMatch(items -> items.containsKey(id));
    }

    /**
     * The values the spec documents for a parameter, as text: its examples, its schema's, its default and enum; read
     * once per parameter, since every request to an operation that documents a 404 asks.
     */
    private Set<String> documented(JsonNode parameter) {
        return documentedValues.computeIfAbsent(parameter, this::readDocumented);
    }

    private Set<String> readDocumented(JsonNode parameter) {
        Set<String> values = new HashSet<>();
        List<JsonNode> nodes = new ArrayList<>();
        nodes.add(parameter.path("example"));
        parameter.path("examples").forEach(example -> nodes.add(spec.resolve(example).path("value")));
        ObjectNode schema = spec.schemas().effective(parameter.path("schema"));
        nodes.addAll(spec.schemas().examples(schema));
        nodes.add(schema.path("default"));
        nodes.add(schema.path("const"));
        schema.path("enum").forEach(nodes::add);
        if (spec.schemas().types(schema).contains("boolean")) {
            return Set.of("true", "false");
        }
        nodes.stream().filter(node -> !node.isMissingNode()).forEach(node -> values.add(text(node)));
        return values;
    }

    /**
     * The items of the collection at {@code path}: at first, those the fixture file gives it, else those its spec's
     * examples show and the read's example for each id its path parameter documents.
     */
    private LinkedHashMap<String, ObjectNode> items(String path, MockResources.Role role) {
        return collections.computeIfAbsent(path, ignored -> {
            LinkedHashMap<String, ObjectNode> seeded = new LinkedHashMap<>();
            if (seedData.containsKey(path)) {
                for (JsonNode given : seedData.get(path)) {
                    if (given.isObject()) {
                        ObjectNode item = (ObjectNode) given.deepCopy();
                        Optional<JsonNode> own = role.idProperty().map(item::path).filter(JsonNode::isValueNode);
                        String id = own.map(MockState::text).orElseGet(() -> ids.next(role.idSchema(), seeded.keySet()));
                        role.idProperty().ifPresent(property -> item.set(property, ids.node(role.idSchema(), id)));
                        seeded.put(id, item);
                    }
                }
                issued.addAll(seeded.keySet());
                return seeded;
            }
            role.idProperty().ifPresent(property -> seeds(role).forEach(example -> {
                if (example.isObject() && example.path(property).isValueNode() && !example.get(property).isNull()) {
                    seeded.putIfAbsent(text(example.get(property)), (ObjectNode) example.deepCopy());
                }
            }));
            role.readOperation().flatMap(read -> bodies.documented(read, success(read))).filter(JsonNode::isObject)
                    .ifPresent(example -> documented(role.idParameter()).forEach(id -> {
                        ObjectNode item = (ObjectNode) example.deepCopy();
                        role.idProperty().ifPresent(property -> item.set(property, ids.node(role.idSchema(), id)));
                        seeded.putIfAbsent(id, item);
                    }));
            issued.addAll(seeded.keySet());
            return seeded;
        });
    }

    /** The items the spec's examples show: those of the list's example, and the read's own. */
    private List<JsonNode> seeds(MockResources.Role role) {
        List<JsonNode> seeds = new ArrayList<>();
        role.listOperation().flatMap(list -> bodies.documented(list, success(list)))
                .ifPresent(example -> MockLists.items(example).forEach(seeds::add));
        role.readOperation().flatMap(read -> bodies.documented(read, success(read))).ifPresent(seeds::add);
        return seeds;
    }

    private void store(LinkedHashMap<String, ObjectNode> items, String id, ObjectNode item) {
        items.put(id, item);
        issued.add(id);
        Iterator<String> oldest = items.keySet().iterator();
        while (items.size() > MOST_ITEMS) {
            oldest.next();
            oldest.remove();
        }
    }

    /**
     * What a create or replace stores: the item before it (if any), less every property the request's schema declares
     * (all, where it declares none), and the body's properties, each under the name the item's schema gives it
     * ({@code firstname} is its {@code firstName}). What the request declares, it replaces: a property it leaves out
     * is gone; one only the item has (set by the server) stays.
     */
    private ObjectNode replaced(String operationId, MockResources.Role role, ObjectNode body, ObjectNode before) {
        JsonNode properties = spec.schemas().effective(role.itemSchema()).path("properties");
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        JsonNode declared = requestSchema(operationId).path("properties");
        if (before != null && !declared.isEmpty()) {
            item = before.deepCopy();
            for (Iterator<String> names = declared.fieldNames(); names.hasNext(); ) {
                item.remove(MockRepresentation.named(properties, names.next()));
            }
        }
        ObjectNode written = item;
        body.fields().forEachRemaining(field -> written.set(MockRepresentation.named(properties, field.getKey()),
                field.getValue().deepCopy()));
        return stamped(role, written, before);
    }

    /**
     * The item with its readOnly properties the mock's: those of the item before kept, else date-times set to now;
     * a readOnly property the client sent is not taken.
     */
    private ObjectNode stamped(MockResources.Role role, ObjectNode item, ObjectNode before) {
        JsonNode properties = spec.schemas().effective(role.itemSchema()).path("properties");
        properties.fieldNames().forEachRemaining(name -> {
            if (!readOnly(role, name)) {
                return;
            }
            item.remove(name);
            if (before != null && before.has(name)) {
                item.set(name, before.get(name));
            } else if (spec.schemas().effective(properties.get(name)).path("format").asText().equals("date-time")) {
                item.put(name, dateTime(Clock.systemUTC()));
            }
        });
        return item;
    }

    /**
     * Now, to the second, as RFC 3339 writes a date-time: with its seconds when they are zero, which
     * {@link OffsetDateTime#toString()} leaves out.
     */
    static String dateTime(Clock clock) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The schema of the operation's request body: its JSON one, else its form's. */
    private JsonNode requestSchema(String operationId) {
        return spec.requestSchema(operationId, MediaType.APPLICATION_JSON_TYPE)
                .or(() -> spec.requestSchema(operationId, MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .map(schema -> (JsonNode) spec.schemas().effective(schema)).orElse(JsonNodeFactory.instance.objectNode());
    }

    /** The item after a PATCH: a JSON Patch where the body is one, else a merge patch; readOnly properties kept. */
    private ObjectNode merged(MockResources.Role role, ObjectNode item, MockRequest request) {
        JsonNode patched;
        JsonNode properties = spec.schemas().effective(role.itemSchema()).path("properties");
        try {
            patched = request.mediaType().equals("application/json-patch+json")
                    ? JsonPatch.apply(item, request.body().get())
                    : MergePatch.apply(item, MockRepresentation.renamed(properties, request.body().get()));
        } catch (JsonPatch.Refused refused) {
            throw new Refusal(CONFLICT, refused.getMessage());
        }
        if (!patched.isObject()) {
            throw new Refusal(CONFLICT, "the patch leaves no object");
        }
        return stamped(role, (ObjectNode) patched, item);
    }

    /**
     * How the operation's answer of {@code status} shows a stored item, or each item of a list: its schema and the
     * example it is laid over are found once, however many items it shows.
     */
    private Function<ObjectNode, Optional<JsonNode>> shower(String operationId, String status, boolean inList) {
        JsonNode schema = MockResources.jsonSchema(spec.resolve(response(operationId, status)));
        if (schema.isMissingNode()) {
            return item -> Optional.empty();
        }
        JsonNode itemSchema = inList ? MockLists.itemSchema(spec.schemas(), schema) : schema;
        JsonNode template = bodies.answered(operationId, status).map(example -> inList
                ? MockLists.items(example).stream().findFirst().orElse(JsonNodeFactory.instance.objectNode())
                : example).orElse(JsonNodeFactory.instance.objectNode());
        return item -> Optional.of(MockRepresentation.of(spec.schemas(), itemSchema, template, item));
    }

    private static Reply answer(String status, Optional<JsonNode> body) {
        return new Reply(status, body, Map.of());
    }

    private boolean readOnly(MockResources.Role role, String property) {
        JsonNode schema = spec.schemas().effective(role.itemSchema()).path("properties").path(property);
        return !schema.isMissingNode() && spec.schemas().effective(schema).path("readOnly").asBoolean(false);
    }

    private JsonNode response(String operationId, String status) {
        return spec.operation(operationId).path("responses").path(status);
    }

    private String success(String operationId) {
        return MockAnswers.success(spec.operation(operationId));
    }

    /** The documented success of a write to an item that exists: its least 2xx besides 201, else its success. */
    private String existing(String operationId) {
        Iterator<String> statuses = spec.operation(operationId).path("responses").fieldNames();
        String chosen = null;
        while (statuses.hasNext()) {
            String status = statuses.next();
            if (status.matches("2\\d\\d") && !status.equals("201") && (chosen == null || status.compareTo(chosen) < 0)) {
                chosen = status;
            }
        }
        return chosen != null ? chosen : success(operationId);
    }

    private boolean documents(String operationId, String status) {
        return spec.operation(operationId).path("responses").has(status);
    }

    /** An id as the text a path carries: {@code 7} for the number {@code 7.0}. */
    static String text(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** A map that keeps its {@code most} most recently used entries. */
    private static <K, V> Map<K, V> bounded(int most) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > most;
            }
        };
    }
}
