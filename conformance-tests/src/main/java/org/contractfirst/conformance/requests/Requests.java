package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.http.HttpRequest;
import org.contractfirst.conformance.spec.MediaType;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.conformance.spec.SecurityScheme;
import org.contractfirst.parameters.Spelling;
import org.contractfirst.parameters.Style;
import org.contractfirst.parameters.StyleWriter;
import org.contractfirst.values.Schemas;
import org.contractfirst.values.ValidValues;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.contractfirst.parameters.PercentEncoding.rfc3986;

/**
 * Builds an operation's calls from its spec and writes them as requests: a valid call takes each required
 * parameter's and the body's value from the target's fixtures, else the spec's examples, else values built from the
 * schemas; it carries the run's credentials as the operation's security requirement says.
 */
public final class Requests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final StyleWriter STYLES = new StyleWriter(Spelling.RFC_3986);

    private final Target target;
    private final Schemas schemas;
    private final ValidValues values;
    private final ValidValues drawnValues;
    private final BodyEncoder bodies;
    private final Optional<Identifiers> identifiers;
    private final Map<Operation, Valid> validCalls = new IdentityHashMap<>();

    /** An operation's valid call, and which of its inputs that must name something the suite had to make up. */
    private record Valid(Call call, List<Parameter> madeUp) {
    }

    /** Requests whose every value comes from the target's fixtures, the spec's examples or the schemas. */
    public Requests(Target target, ValidValues values) {
        this(target, values, Optional.empty());
    }

    /** Requests whose inputs that name something take the values the API issued, as {@code identifiers} finds them. */
    public Requests(Target target, ValidValues values, Identifiers identifiers) {
        this(target, values, Optional.of(identifiers));
    }

    private Requests(Target target, ValidValues values, Optional<Identifiers> identifiers) {
        this.target = target;
        this.schemas = target.spec().schemas();
        this.values = values;
        this.drawnValues = values.acrossTheRange();
        this.bodies = new BodyEncoder(schemas);
        this.identifiers = identifiers;
    }

    /** How a body is written on the wire, part by part. */
    public BodyEncoder encoder() {
        return bodies;
    }

        public ValidValues values() {
        return values;
    }

    /** Values drawn across the whole range their schemas allow, from the same seed ({@link ValidValues#acrossTheRange}). */
    public ValidValues drawnValues() {
        return drawnValues;
    }

    /**
     * The operation's valid call, made once: required parameters, the body in its preferred media type, credentials;
     * an input that names something takes a value the API issued where it can (not for a DELETE, which would
     * destroy what it names).
     */
    public Call valid(Operation operation) {
        return validOf(operation).call();
    }

    private Valid validOf(Operation operation) {
        Valid valid = validCalls.get(operation);
        if (valid == null) {
            // Not computeIfAbsent: finding an issued value may make other operations' valid calls first.
            valid = newValid(operation);
            validCalls.put(operation, valid);
        }
        return valid;
    }

    /**
     * Whether {@code parameter} must name something the API holds, and so keeps the value the valid call gives it:
     * as {@link Identifiers} finds, or, where the requests know no identifiers, every path parameter.
     */
    public boolean names(Operation operation, Parameter parameter) {
        return identifiers.map(source -> source.names(operation, parameter)).orElse(parameter.in().equals("path"));
    }

    /**
     * The inputs of the operation's valid call that must name something but whose values neither the API issued nor
     * the target gave: a refusal of them as naming nothing is the state of the world, not a fault.
     */
    public List<Parameter> madeUp(Operation operation) {
        return validOf(operation).madeUp();
    }

    private Valid newValid(Operation operation) {
        Map<Parameter, JsonNode> parameters = new LinkedHashMap<>();
        List<Parameter> invented = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            boolean fixed = target.fixture(parameter.name()).isPresent();
            if (!parameter.required() && !fixed) {
                continue;
            }
            boolean names = !fixed && identifiers.filter(source -> source.names(operation, parameter)).isPresent();
            Optional<JsonNode> issued = names && !operation.method().equals("DELETE")
                    ? identifiers.flatMap(source -> source.issued(operation, parameter)) : Optional.empty();
            if (names && issued.isEmpty()) {
                invented.add(parameter);
            }
            parameters.put(parameter, issued.orElseGet(() -> parameterValue(parameter)));
        }
        Optional<MediaType> media = operation.requestBody().flatMap(body -> body.preferred());
        return new Valid(new Call(operation, parameters, media, media.map(this::bodyValue), Call.Auth.RUN, Map.of()),
                List.copyOf(invented));
    }

    /** A parameter's value: the target's fixture, else the spec's example, else one its schema allows. */
    public JsonNode parameterValue(Parameter parameter) {
        return target.fixture(parameter.name()).map(fixture -> fixtureValue(parameter.schema(), fixture))
                .or(() -> parameter.example())
                .orElseGet(() -> values.of(parameter.schema()));
    }

    /** A body's value: the spec's example, else one its schema allows; the target's fixtures replace top-level fields. */
    public JsonNode bodyValue(MediaType media) {
        JsonNode value = media.examples().isEmpty() ? values.of(media.schema()) : media.examples().get(0).deepCopy();
        return withFixtures(media, value);
    }

    /** {@code value} with the target's fixture in each top-level field the schema declares. */
    public JsonNode withFixtures(MediaType media, JsonNode value) {
        if (value instanceof ObjectNode object) {
            ObjectNode schema = schemas.effective(media.schema());
            target.fixtures().forEach((name, fixture) -> {
                if (schema.path("properties").has(name)) {
                    object.set(name, fixtureValue(schema.get("properties").get(name), fixture));
                }
            });
        }
        return value;
    }

    /** A fixture's text as the value its schema types: a number or boolean parsed, anything else as text. */
    private JsonNode fixtureValue(JsonNode schema, String fixture) {
        var types = schemas.types(schemas.effective(schema));
        if (!types.contains("string")) {
            try {
                JsonNode parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(fixture);
                if (parsed != null && !parsed.isMissingNode() && types.contains(Schemas.jsonType(parsed))) {
                    return parsed;
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
                return NODES.textNode(fixture);
            }
        }
        return NODES.textNode(fixture);
    }

    /** The call written as HTTP: path, query, headers and cookies in their styles, the body, the credentials. */
    public HttpRequest render(Call call) {
        Operation operation = call.operation();
        String path = operation.path();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>(call.headers());
        List<Map.Entry<String, String>> cookies = new ArrayList<>();
        for (Map.Entry<Parameter, JsonNode> entry : call.parameters().entrySet()) {
            Parameter parameter = entry.getKey();
            JsonNode value = styled(parameter, entry.getValue());
            Style style = parameter.contentType().isPresent() ? defaultStyle(parameter) : Style.named(parameter.style(),
                    defaultStyle(parameter));
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}",
                        STYLES.path(parameter.name(), style, parameter.explode(), value));
                case "query" -> query.addAll(STYLES.query(parameter.name(), style, parameter.explode(),
                        parameter.allowReserved(), value));
                case "header" -> headers.put(parameter.name(), STYLES.header(parameter.explode(), value));
                case "cookie" -> cookies.addAll(STYLES.cookie(parameter.name(), parameter.explode(), value));
                default -> { }
            }
        }
        HttpRequest request = new HttpRequest(operation.method(), path, query, headers, cookies,
                call.media().isPresent() && call.body().isPresent() ? bodies.encode(call.media().get(), call.body().get())
                        : org.contractfirst.conformance.http.Body.none());
        return authenticate(operation, request, call.auth());
    }

    /** A parameter described by {@code content} is sent as that media type's text, a primitive to its style. */
    private static JsonNode styled(Parameter parameter, JsonNode value) {
        return parameter.contentType().isEmpty() ? value : NODES.textNode(value.isTextual() ? value.asText() : value.toString());
    }

    private static Style defaultStyle(Parameter parameter) {
        return parameter.in().equals("query") || parameter.in().equals("cookie") ? Style.FORM : Style.SIMPLE;
    }

    /** The schemes of the requirement the run can meet: the first whose every scheme has a credential it can send. */
    public Optional<Map<String, List<String>>> requirement(Operation operation) {
        for (Map<String, List<String>> alternative : operation.security()) {
            if (!alternative.isEmpty() && alternative.keySet().stream().allMatch(scheme ->
                    target.spec().securityScheme(scheme).filter(SecurityScheme::isSendable).isPresent()
                            && target.credentials().forScheme(scheme).isPresent())) {
                return Optional.of(alternative);
            }
        }
        return Optional.empty();
    }

    /** The schemes the operation asks for that the run has no credential for, when it can meet none of its requirements. */
    public List<String> missingCredentials(Operation operation) {
        if (!operation.isSecured() || requirement(operation).isPresent()) {
            return List.of();
        }
        return operation.security().get(0).keySet().stream().filter(scheme -> target.credentials().forScheme(scheme)
                .isEmpty()).toList();
    }

    private HttpRequest authenticate(Operation operation, HttpRequest request, Call.Auth auth) {
        if (auth.mode() == Call.Auth.Mode.NONE || operation.security().isEmpty()) {
            return request;
        }
        Map<String, List<String>> schemes = requirement(operation)
                .orElse(operation.security().stream().filter(alternative -> !alternative.isEmpty()).findFirst().orElse(Map.of()));
        HttpRequest authenticated = request;
        for (String schemeName : schemes.keySet()) {
            Optional<SecurityScheme> scheme = target.spec().securityScheme(schemeName);
            Optional<String> credential = auth.mode() == Call.Auth.Mode.GIVEN ? Optional.ofNullable(auth.credential())
                    : target.credentials().forScheme(schemeName);
            if (scheme.isPresent() && credential.isPresent()) {
                authenticated = apply(scheme.get(), credential.get(), authenticated);
            }
        }
        return authenticated;
    }

    /** The request carrying {@code credential} where {@code scheme} says it goes. */
    public static HttpRequest apply(SecurityScheme scheme, String credential, HttpRequest request) {
        if (scheme.isApiKey()) {
            return switch (scheme.in()) {
                case "query" -> request.withQueryParameter(rfc3986(scheme.parameterName(), false), List.of(rfc3986(credential, false)));
                case "cookie" -> request.withCookie(scheme.parameterName(), rfc3986(credential, false));
                default -> request.withHeader(scheme.parameterName(), credential);
            };
        }
        String word = scheme.authorizationWord();
        if (word.isEmpty()) {
            return request;
        }
        String value = word.equals("Basic") && credential.contains(":")
                ? Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8)) : credential;
        return request.withHeader("Authorization", word + " " + value);
    }
}
