package org.contractfirst.server.runtime.mock;

import org.contractfirst.server.runtime.ApiDefinition;
import org.contractfirst.server.runtime.ApiImplementation;
import org.contractfirst.server.runtime.binding.FilePart;
import org.contractfirst.server.runtime.binding.Mappers;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.contractfirst.server.runtime.pipeline.ErrorShape;
import org.contractfirst.server.runtime.result.Result;
import org.contractfirst.server.runtime.security.Authenticator;
import org.contractfirst.server.runtime.security.Caller;
import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.contractfirst.values.OpenApiDocument;
import org.contractfirst.values.Schemas;
import org.contractfirst.values.ValidValues;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a generated mock answers, from its spec alone: each operation its first documented success, with the body its
 * spec documents as an example or, without one, a value its schema allows; each failure the status that operation
 * documents for it, in the body of that response; one demo credential, {@value #CREDENTIAL}, that holds every scope
 * (and {@code mock-token-<name>}, another caller's). A mock that keeps state ({@link MockOptions#stateful}) answers the
 * operations of the spec's resources from what it was sent before ({@link MockState}); the others as a stateless one.
 */
public final class MockAnswers {

    private static final Logger LOG = Logger.getLogger(MockAnswers.class.getName());

    /** The credential a mock accepts, in whatever way the operation's security scheme carries it. */
    public static final String CREDENTIAL = "mock-token";

    private static final Map<ErrorKind, List<Integer>> STATUSES = Map.ofEntries(
            Map.entry(ErrorKind.INVALID_INPUT, List.of(400, 422)),
            Map.entry(ErrorKind.MALFORMED_INPUT, List.of(400, 422)),
            Map.entry(ErrorKind.UNSUPPORTED_MEDIA_TYPE, List.of(415, 400, 422)),
            Map.entry(ErrorKind.NOT_ACCEPTABLE, List.of(406)),
            Map.entry(ErrorKind.PAYLOAD_TOO_LARGE, List.of(413, 400, 422)),
            Map.entry(ErrorKind.URI_TOO_LONG, List.of(414, 400)),
            Map.entry(ErrorKind.HEADERS_TOO_LARGE, List.of(431, 400)),
            Map.entry(ErrorKind.MISSING_CREDENTIALS, List.of(401, 403)),
            Map.entry(ErrorKind.UNAUTHENTICATED, List.of(401, 403)),
            Map.entry(ErrorKind.NOT_FOUND, List.of(404)),
            Map.entry(ErrorKind.METHOD_NOT_ALLOWED, List.of(405)),
            Map.entry(ErrorKind.INTERNAL, List.of(500)),
            Map.entry(ErrorKind.FORBIDDEN, List.of(403)),
            Map.entry(ErrorKind.RATE_LIMITED, List.of(429)),
            Map.entry(ErrorKind.NOT_IMPLEMENTED, List.of(501)),
            Map.entry(ErrorKind.UNAVAILABLE, List.of(503)),
            Map.entry(ErrorKind.UPSTREAM_TIMEOUT, List.of(504)));

    private final ServedSpec spec;
    private final ClassLoader models;
    private final String modelPackage;
    private final OpenApiDocument document;
    private final ValidValues values;
    private final ObjectMapper json = examples();
    private final Map<String, Optional<JsonNode>> bodies = new HashMap<>();
    private final Set<String> scopes = new LinkedHashSet<>();
    /** The first operation that documents an error with a body: its error stands for the API's where no other does. */
    private final Optional<String> firstWithError;
    /** Each status key some operation documents, and the first operation that does. */
    private final Map<String, String> firstDocumenting = new HashMap<>();
    private final Optional<MockState> state;
    private final MockExamples named;

    /** @param modelPackage the package of the API's generated models, which error bodies are written as */
    public MockAnswers(ApiDefinition definition, String modelPackage, MockOptions options) {
        this.spec = definition.spec();
        this.models = definition.getClass().getClassLoader();
        this.modelPackage = modelPackage;
        this.document = new OpenApiDocument(spec.root());
        this.values = new ValidValues(new Schemas(document), ValidValues.Direction.RESPONSE, new Random(0));
        spec.root().path("paths").forEach(path -> path.forEach(operation ->
                operation.path("security").forEach(requirement -> requirement.forEach(list -> list.forEach(scope ->
                        scopes.add(scope.asText()))))));
        spec.root().path("security").forEach(requirement -> requirement.forEach(list -> list.forEach(scope ->
                scopes.add(scope.asText()))));
        for (String operation : spec.operationIds()) {
            spec.operation(operation).path("responses").fieldNames()
                    .forEachRemaining(status -> firstDocumenting.putIfAbsent(status, operation));
        }
        this.firstWithError = spec.operationIds().stream()
                .filter(operation -> anyClientError(spec.operation(operation).path("responses")).isPresent()).findFirst();
        this.state = options.stateful() ? Optional.of(new MockState(spec, new DocumentedBodies(), options.seedData()))
                : Optional.empty();
        this.named = new MockExamples(spec);
    }

    /**
     * The mock the templates generate beside {@code definition} ({@code <Api>Mock} in the package of
     * {@code <Api>Definition}, from its class loader), answering as {@code options} say.
     *
     * @throws IllegalStateException where the generated code holds no such mock
     */
    public static ApiImplementation generatedMock(ApiDefinition definition, MockOptions options) {
        Class<?> type = definition.getClass();
        String name = type.getPackageName() + "." + type.getSimpleName().replaceFirst("Definition$", "") + "Mock";
        try {
            return (ApiImplementation) Class.forName(name, true, type.getClassLoader())
                    .getConstructor(MockOptions.class).newInstance(options);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated code holds no mock " + name, e);
        }
    }

    /** The providers a mock adds to its server: one that reads each request as sent ({@link MockRequest}). */
    public List<Object> providers() {
        return List.of(new MockRequest.Capture(spec));
    }

    /**
     * The answer to the request this thread serves ({@link CurrentOperation}), as the record of {@code resultType}
     * that stands for it: the answer of the named example it equals, else what the state decides, else the
     * operation's first documented success.
     */
    public <R extends Result> R answer(Class<R> resultType) {
        String key = CurrentOperation.id().orElseThrow(() -> new IllegalStateException("no operation is being served"));
        JsonNode operation = spec.operation(key);
        Optional<MockRequest> request = MockRequest.current();
        Optional<MockExamples.Named> pairedAnswer = request.flatMap(sent -> this.named.match(key, sent))
                .filter(answer -> !answer.status().startsWith("2") || state.filter(remembered -> remembered.remembers(key)).isEmpty());
        if (pairedAnswer.isPresent()) {
            // The answer the spec pairs with the example sent; a refusal of it changes nothing.
            String status = pairedAnswer.get().status();
            JsonNode response = spec.resolve(operation.path("responses").path(status));
            return fitted(resultType, status, code(status, range(status)), Optional.of(pairedAnswer.get().body()),
                    response, Map.of(), key);
        }
        Optional<MockState.Reply> reply;
        try {
            reply = state.flatMap(remembered -> request.flatMap(sent -> remembered.reply(key, sent)));
        } catch (MockState.Refusal refusal) {
            // A refusal only in a status the operation documents by its own code. Else the state is left as it was
            // and the call answered as a stateless mock would: one that documents no 404 reads any id, as the
            // conformance suite expects of it.
            if (refusal.statuses().stream().noneMatch(refused -> operation.path("responses").has(Integer.toString(refused)))) {
                reply = Optional.empty();
            } else {
                throw new WebApplicationException(error(refusal.statuses(), refusal.getMessage()));
            }
        }
        String status = reply.map(MockState.Reply::status).orElseGet(() -> success(operation));
        JsonNode response = spec.resolve(operation.path("responses").path(status));
        Map<String, JsonNode> headers = reply.map(MockState.Reply::headers).orElse(Map.of());
        Optional<JsonNode> remembered = reply.flatMap(MockState.Reply::body);
        return fitted(resultType, status, code(status, 200), remembered.or(() -> body(key, status, response)), response,
                headers, key);
    }

    /**
     * The result of {@code body}, or, where it does not fit the answer's model (a client's value its schema reads
     * otherwise, an example the spec got wrong), of a value the response's schema allows: never a 500 the spec does
     * not promise.
     */
    private <R extends Result> R fitted(Class<R> resultType, String status, int code, Optional<JsonNode> body,
                                        JsonNode response, Map<String, JsonNode> headers, String operationId) {
        try {
            return result(resultType, status, code, body, response.path("headers"), headers);
        } catch (IllegalArgumentException unfit) {
            LOG.log(Level.FINE, "a body does not fit " + resultType.getSimpleName() + " of " + operationId, unfit);
            Optional<JsonNode> generated = media(response).map(media -> values.generated(media.getValue().path("schema"),
                    ValidValues.Shape.MINIMAL));
            return result(resultType, status, code, generated, response.path("headers"), headers);
        }
    }

    /**
     * The mapper that reads the spec's examples into models: as the servers' own, but demanding no required field,
     * since an example of a response leaves out what only requests carry (writeOnly).
     */
    private static ObjectMapper examples() {
        ObjectMapper mapper = Mappers.json();
        mapper.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public Boolean hasRequiredMarker(AnnotatedMember member) {
                return Boolean.FALSE;
            }

            @Override
            public JsonSetter.Value findSetterInfo(Annotated annotated) {
                return JsonSetter.Value.empty();
            }
        });
        return mapper;
    }

    public ErrorShape errors() {
        return this::error;
    }

    /**
     * Accepts {@value #CREDENTIAL} for every scheme, as a caller holding every scope the spec names; and
     * {@code mock-token-<name>} as the caller {@code <name>}, who has a singleton resource ({@code /me}) of its own.
     */
    public Authenticator authenticator() {
        return (scheme, credential) -> {
            if (CREDENTIAL.equals(credential)) {
                return Optional.of(new Caller("mock", credential, Set.copyOf(scopes)));
            }
            return credential.startsWith(CREDENTIAL + "-") && credential.length() > CREDENTIAL.length() + 1
                    ? Optional.of(new Caller(credential.substring(CREDENTIAL.length() + 1), credential, Set.copyOf(scopes)))
                    : Optional.empty();
        };
    }

    private Response error(ErrorKind kind, String message) {
        return error(STATUSES.get(kind), message);
    }

    /** The first of {@code candidates} the operation documents, in the body it documents for it. */
    private Response error(List<Integer> candidates, String message) {
        String operationId = CurrentOperation.id().or(() -> CurrentOperation.path().flatMap(spec::operationOnPath)).orElse("");
        JsonNode responses = spec.operation(operationId).path("responses");
        String key = null;
        int status = candidates.get(0);
        for (int candidate : candidates) {
            if (responses.has(Integer.toString(candidate))) {
                key = Integer.toString(candidate);
                status = candidate;
                break;
            }
        }
        if (key == null && responses.has(status / 100 + "XX")) {
            key = status / 100 + "XX";
        }
        if (key == null && responses.has("default")) {
            key = "default";
        }
        if (key == null) {
            key = anyClientError(responses).orElse(null);
        }
        if (key == null) {
            // Nothing of this operation, or no operation at all (a URL or header section refused before it names
            // one): the answer another operation documents for the same status, else the API's error shape, that of
            // the first error another operation documents.
            String other = firstDocumenting.get(Integer.toString(status));
            if (other != null) {
                operationId = other;
                key = Integer.toString(status);
            } else if (firstWithError.isPresent()) {
                operationId = firstWithError.get();
                key = anyClientError(spec.operation(operationId).path("responses")).orElseThrow();
            }
            responses = spec.operation(operationId).path("responses");
        }
        Response.ResponseBuilder response = Response.status(status);
        if (key == null) {
            return response.type("application/json").entity(Map.of("message", message)).build();
        }
        JsonNode documented = spec.resolve(responses.get(key));
        Optional<Map.Entry<String, JsonNode>> media = media(documented);
        Optional<JsonNode> body = body(operationId, key, documented);
        if (media.isEmpty() || body.isEmpty()) {
            return response.build();
        }
        JsonNode schema = media.get().getValue().path("schema");
        return response.type(media.get().getKey()).entity(entity(schema, told(schema, body.get(), message))).build();
    }

    /**
     * The error's example as this refusal tells it: the members its schema requires, and its {@code message} saying
     * what went wrong here; the example's other members (Bird's {@code details} of a timezone) would tell of fields
     * this request may not have sent.
     */
    private JsonNode told(JsonNode schema, JsonNode example, String message) {
        if (!(example instanceof ObjectNode object)) {
            return example;
        }
        ObjectNode effective = spec.schemas().effective(schema);
        ObjectNode told = object.deepCopy();
        // A schema of branches, or one that wants a least number of members, keeps the example whole: trimmed, it
        // might fit none.
        if (!effective.has("oneOf") && !effective.has("anyOf") && !effective.has("minProperties")) {
            told.retain(Schemas.required(effective));
        }
        if (object.path("message").isTextual()) {
            told.put("message", message);
        }
        return told;
    }

    /**
     * The first 4xx the operation documents with a body, else its default with one: where it documents none for
     * this failure, the body is still in the API's error shape.
     */
    private Optional<String> anyClientError(JsonNode responses) {
        Iterator<String> keys = responses.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (key.startsWith("4") && media(spec.resolve(responses.get(key))).isPresent()) {
                return Optional.of(key);
            }
        }
        return responses.has("default") && media(spec.resolve(responses.get("default"))).isPresent()
                ? Optional.of("default") : Optional.empty();
    }

    /**
     * An error body as the model its schema names ({@code $ref}), so that it is written as that model is, in XML
     * too; as a plain JSON value where it names none.
     */
    private Object entity(JsonNode schema, JsonNode value) {
        String reference = schema.path("$ref").asText("");
        if (reference.isEmpty()) {
            return value;
        }
        String name = reference.substring(reference.lastIndexOf('/') + 1);
        try {
            Class<?> model = Class.forName(modelPackage + "." + Character.toUpperCase(name.charAt(0)) + name.substring(1), true, models);
            return json.convertValue(value, model);
        } catch (ClassNotFoundException | IllegalArgumentException notAModel) {
            return value;
        }
    }

    /** The documented success an answer gives: the least 2xx, else a 2XX range, else the default. */
    static String success(JsonNode operation) {
        String chosen = null;
        Iterator<String> keys = operation.path("responses").fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (key.matches("2\\d\\d") && (chosen == null || !chosen.matches("2\\d\\d") || key.compareTo(chosen) < 0)) {
                chosen = key;
            } else if (key.equalsIgnoreCase("2XX") && chosen == null) {
                chosen = key;
            }
        }
        return chosen != null ? chosen : "default";
    }

    /** The code a range stands for where an answer must name one: 200 for 2XX, 400 for 4XX and the default. */
    private static int range(String status) {
        return status.length() == 3 && Character.isDigit(status.charAt(0)) ? (status.charAt(0) - '0') * 100 : 400;
    }

    private static int code(String status, int otherwise) {
        return status.matches("\\d{3}") ? Integer.parseInt(status) : otherwise;
    }

    /** The response's JSON media type if it has one, else its first. */
    private static Optional<Map.Entry<String, JsonNode>> media(JsonNode response) {
        Map.Entry<String, JsonNode> first = null;
        Iterator<Map.Entry<String, JsonNode>> content = response.path("content").fields();
        while (content.hasNext()) {
            Map.Entry<String, JsonNode> media = content.next();
            if (MockResources.isJson(media.getKey())) {
                return Optional.of(media);
            }
            first = first == null ? media : first;
        }
        return Optional.ofNullable(first);
    }

    /**
     * The body of a response: its example, else a value of its schema; made once per operation and status. Without
     * state the value has every property its schema names, so that a client sees each field it may read; with state
     * the required ones, as the records it keeps start from them and what a client writes is what it reads back.
     */
    private synchronized Optional<JsonNode> body(String operationId, String status, JsonNode response) {
        return bodies.computeIfAbsent(operationId + " " + status, key -> media(spec.resolve(response))
                .map(media -> example(media.getValue()).orElseGet(() -> values.of(media.getValue().path("schema"),
                        state.isPresent() ? ValidValues.Shape.MINIMAL : ValidValues.Shape.COMPLETE))));
    }

    /** The example a media type documents: its {@code example}, else the first of its {@code examples} with a value. */
    private Optional<JsonNode> example(JsonNode type) {
        if (type.has("example")) {
            return Optional.of(type.get("example"));
        }
        Iterator<JsonNode> examples = type.path("examples").elements();
        while (examples.hasNext()) {
            JsonNode example = spec.resolve(examples.next());
            if (example.has("value")) {
                return Optional.of(example.get("value"));
            }
        }
        return Optional.empty();
    }

    /** The examples the state starts from and answers with, read as JSON from the responses' JSON content. */
    private final class DocumentedBodies implements MockState.Bodies {
        @Override
        public Optional<JsonNode> documented(String operationId, String status) {
            JsonNode response = spec.resolve(spec.operation(operationId).path("responses").path(status));
            return media(response).filter(media -> MockResources.isJson(media.getKey()))
                    .flatMap(media -> example(media.getValue()).or(() -> values.documented(media.getValue().path("schema"))));
        }

        @Override
        public Optional<JsonNode> answered(String operationId, String status) {
            return body(operationId, status, spec.operation(operationId).path("responses").path(status));
        }
    }

    /**
     * The record of {@code resultType} for {@code status}, made with the status, the body as its type wants it, and
     * each documented header that a component stands for.
     */
    private <R extends Result> R result(Class<R> resultType, String status, int code, Optional<JsonNode> body,
                                        JsonNode headers, Map<String, JsonNode> values) {
        String name = status.equals("default") ? "Default" : "Status" + status.toUpperCase(Locale.ROOT);
        for (Class<?> permitted : resultType.getPermittedSubclasses()) {
            if (!permitted.getSimpleName().equals(name)) {
                continue;
            }
            RecordComponent[] components = permitted.getRecordComponents();
            Object[] arguments = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                String component = components[i].getName();
                arguments[i] = component.equals("status") ? code : component.equals("body") ? convert(body, components[i])
                        : convert(header(values, component).or(() -> header(headers, component)), components[i]);
            }
            try {
                return resultType.cast(permitted.getDeclaredConstructor(types).newInstance(arguments));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make " + permitted.getName(), e);
            }
        }
        throw new IllegalStateException(resultType.getName() + " has no record for " + status);
    }

    /** The value of the documented header a record component stands for: its example, else one its schema allows. */
    private Optional<JsonNode> header(JsonNode headers, String component) {
        Iterator<Map.Entry<String, JsonNode>> documented = headers.fields();
        while (documented.hasNext()) {
            Map.Entry<String, JsonNode> header = documented.next();
            if (MockRepresentation.letters(header.getKey()).equals(MockRepresentation.letters(component))) {
                JsonNode resolved = spec.resolve(header.getValue());
                JsonNode schema = spec.resolve(resolved.path("schema"));
                return Optional.of(resolved.has("example") ? resolved.get("example")
                        : schema.has("example") ? schema.get("example") : values.of(schema));
            }
        }
        return Optional.empty();
    }

    /** The value the state gave the header a record component stands for. */
    private static Optional<JsonNode> header(Map<String, JsonNode> values, String component) {
        return values.entrySet().stream().filter(header -> MockRepresentation.letters(header.getKey()).equals(MockRepresentation.letters(component)))
                .map(Map.Entry::getValue).findFirst();
    }


    private Object convert(Optional<JsonNode> body, RecordComponent component) {
        if (body.isEmpty()) {
            return null;
        }
        JavaType type = json.getTypeFactory().constructType(component.getGenericType());
        if (type.getRawClass() == String.class && !body.get().isTextual()) {
            return body.get().toString();
        }
        if (type.getRawClass() == FilePart.class) {
            // Bytes where the response offers bytes; where it offers a JSON document beside them, the example
            // chosen is that document, and its text serves both.
            boolean text = body.get().isTextual();
            return new FilePart("answer", text ? "application/octet-stream" : "application/json",
                    (text ? body.get().asText() : body.get().toString()).getBytes(StandardCharsets.UTF_8));
        }
        return json.convertValue(body.get(), type);
    }
}
