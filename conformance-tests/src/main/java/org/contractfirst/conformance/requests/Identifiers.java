package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;
import org.contractfirst.conformance.validation.TextValues;
import org.contractfirst.values.ValidValues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs whose value must name something the API holds, and values the API itself issued for them.
 * <p>
 * A path parameter, or a required query one, <em>names</em> something when its operation documents a 404 or 410 by
 * its own code, when a link of the spec fills it, or when an operation on its collection produces it (a POST or a GET
 * of {@code /orders} for {@code /orders/{orderId}} whose answer carries the field). Any other one is a plain input
 * ({@code /calc/{op}/{x}/{y}}): any value of its schema is as good as another.
 * <p>
 * A value that names something comes from the API, found once per parameter: the expression of a link that fills
 * it, read from the answer of the link's operation; else the answer of a create (a POST on the collection path: the
 * field of the parameter's name, else {@code id}, else the {@code Location}, else a header named for the parameter),
 * else of a read that lists (a GET of the collection, or any GET without path parameters answering a list of the
 * same schema as the item): its first item's field. A made-up value (drawn, or the spec's example) may name
 * nothing, and a documented 404 to it is the state of the world, not a fault: the operation is then <em>not
 * exercised</em>.
 */
public final class Identifiers {

    private final RunContext context;
    private final CallSender sender;
    private final Map<String, Optional<JsonNode>> issued = new HashMap<>();
    /** Asked for every parameter of every draw: each answer walks the spec's links and producers. */
    private final Map<Parameter, Boolean> naming = new IdentityHashMap<>();

    /** A link of {@code source}'s answer of {@code status} that fills a parameter with {@code expression}. */
    private record Fill(Operation source, String status, JsonNode expression) {
    }

    /** Identifiers of the API {@code context} builds requests for, asked for with calls {@code sender} sends. */
    public Identifiers(RunContext context, CallSender sender) {
        this.context = context;
        this.sender = sender;
    }

    /** Whether {@code parameter} of {@code operation} must name something the API holds. */
    public boolean names(Operation operation, Parameter parameter) {
        return naming.computeIfAbsent(parameter, unknown -> {
            boolean placed = parameter.in().equals("path") || parameter.in().equals("query") && parameter.required();
            return placed && (operation.documentsOwnCode(404) || operation.documentsOwnCode(410)
                    || !fills(operation, parameter).isEmpty()
                    || parameter.in().equals("path") && !producers(operation, parameter).isEmpty());
        });
    }

    /** A value of {@code parameter} the API issued: by a link, else from the first of its producers that answers one. */
    public Optional<JsonNode> issued(Operation operation, Parameter parameter) {
        String collection = collection(operation.path(), parameter);
        String key = (collection.isEmpty() ? operation.path() : collection) + "\u0000" + parameter.in() + "\u0000"
                + parameter.name();
        if (issued.containsKey(key)) {
            return issued.get(key);
        }
        // Empty while it is being found: a producer that needs this very value does not ask for it again.
        issued.put(key, Optional.empty());
        Optional<JsonNode> value = byLink(operation, parameter);
        for (Operation producer : parameter.in().equals("path") && value.isEmpty() ? producers(operation, parameter)
                : List.<Operation>of()) {
            value = produce(producer, operation, parameter);
            if (value.isPresent()) {
                break;
            }
        }
        issued.put(key, value);
        return value;
    }

    /**
     * The value a link of another operation's success gives the parameter, whatever the paths say: that operation
     * called (not a DELETE), and the link's expression ({@code $response.body#/ref}, {@code
     * $response.header.X-Account-Id}...) read from its answer.
     */
    private Optional<JsonNode> byLink(Operation operation, Parameter parameter) {
        for (Fill fill : fills(operation, parameter)) {
            Operation source = fill.source();
            if (source == operation || !fill.status().startsWith("2") || source.method().equals("DELETE")
                    || !context.requests().missingCredentials(source).isEmpty()) {
                continue;
            }
            Call call = context.requests().valid(source).withHeader("Accept", "application/json");
            Exchange answer = sender.sendValid(source, call);
            Optional<JsonNode> value = answer.status() >= 200 && answer.status() < 300
                    ? Reads.evaluate(fill.expression(), call, answer).map(found -> found.isTextual() ? typed(parameter,
                    found.asText()) : found).filter(found -> fits(parameter, found)) : Optional.empty();
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private boolean fits(Parameter parameter, JsonNode value) {
        return context.schemas().errors(parameter.schema(), ValidValues.Direction.REQUEST, value).isEmpty();
    }

    /** The links of other operations' documented answers that name this operation and fill this parameter. */
    private List<Fill> fills(Operation operation, Parameter parameter) {
        ApiSpec spec = context.spec();
        List<Fill> fills = new ArrayList<>();
        for (Operation source : spec.operations()) {
            source.responses().forEach((status, response) -> ApiSpec.fields(response.path("links")).values().forEach(named -> {
                JsonNode link = spec.resolve(named);
                if (Reads.linked(spec, link).filter(target -> target == operation).isPresent()) {
                    ApiSpec.fields(link.path("parameters")).forEach((key, expression) -> {
                        if (Reads.parameterNamed(operation, key).filter(filled -> filled == parameter).isPresent()) {
                            fills.add(new Fill(source, status, expression));
                        }
                    });
                }
            }));
        }
        return fills;
    }

    /**
     * The operations that may answer a value of the parameter, in the order they are tried: a POST on the
     * collection path, a GET of it, then GETs without path parameters that answer a list of the item's schema.
     */
    private List<Operation> producers(Operation operation, Parameter parameter) {
        String collection = collection(operation.path(), parameter);
        List<Operation> producers = new ArrayList<>();
        if (collection.isEmpty() || collection.equals(operation.path())) {
            return producers;
        }
        ApiSpec spec = context.spec();
        spec.operation("POST", collection).filter(post -> post != operation && answersValue(post, parameter))
                .ifPresent(producers::add);
        spec.operation("GET", collection).filter(get -> answersValue(get, parameter)).ifPresent(producers::add);
        Optional<String> item = itemSchema(operation);
        if (item.isPresent()) {
            for (Operation other : spec.operations()) {
                boolean lists = other.method().equals("GET") && !other.path().contains("{") && !producers.contains(other)
                        && successSchema(other).map(schema -> schema.path("items").path("$ref").asText(""))
                        .filter(item.get()::equals).isPresent();
                if (lists) {
                    producers.add(other);
                }
            }
        }
        return producers;
    }

    /** The path up to the parameter's segment: {@code /orders} for {@code orderId} in {@code /orders/{orderId}/items}. */
    private static String collection(String path, Parameter parameter) {
        int at = path.indexOf("/{" + parameter.name() + "}");
        return at < 0 ? "" : path.substring(0, at);
    }

    /**
     * Whether the operation's success answer may carry the parameter's value: a field of its name or {@code id}, a
     * Location, or a header named for it.
     */
    private boolean answersValue(Operation producer, Parameter parameter) {
        boolean header = producer.statuses('2').stream().flatMap(status -> producer.response(status).stream())
                .anyMatch(response -> ApiSpec.fields(response.path("headers")).keySet().stream()
                        .anyMatch(name -> name.equalsIgnoreCase("Location") || namesParameter(name, parameter)));
        return header || successSchema(producer).map(schema -> {
            var effective = context.spec().schemas().effective(schema.has("items") ? schema.get("items") : schema);
            return effective.path("properties").has(parameter.name()) || effective.path("properties").has("id");
        }).orElse(false);
    }

    /** The {@code $ref} of the schema an operation on the item path answers, where it names one. */
    private Optional<String> itemSchema(Operation operation) {
        Operation read = context.spec().operation("GET", operation.path()).orElse(operation);
        return successSchema(read).map(schema -> schema.path("$ref").asText("")).filter(ref -> !ref.isEmpty());
    }

    /** The schema of the operation's first JSON success answer. */
    private static Optional<JsonNode> successSchema(Operation operation) {
        return operation.statuses('2').stream().flatMap(status -> operation.jsonSchema(status).stream()).findFirst();
    }

    /**
     * Calls the producer as the spec allows (also with its optional parameters) and reads the value from its answer:
     * the field, the {@code Location}, or the header named for the parameter.
     */
    private Optional<JsonNode> produce(Operation producer, Operation operation, Parameter parameter) {
        if (!context.requests().missingCredentials(producer).isEmpty()) {
            return Optional.empty();
        }
        Call valid = context.requests().valid(producer).withHeader("Accept", "application/json");
        List<Call> calls = new ArrayList<>(List.of(valid));
        Call complete = valid;
        for (Parameter optional : producer.parameters()) {
            if (!valid.parameters().containsKey(optional) && !optional.in().equals("path")) {
                complete = complete.withParameter(optional, context.requests().parameterValue(optional));
            }
        }
        if (complete != valid) {
            calls.add(complete);
        }
        for (Call call : calls) {
            Exchange answer = sender.sendValid(producer, call);
            if (answer.status() < 200 || answer.status() >= 300) {
                continue;
            }
            Optional<JsonNode> value = fromBody(answer, parameter).or(() -> fromLocation(answer, operation, parameter))
                    .or(() -> fromHeader(answer, producer, parameter))
                    .filter(candidate -> fits(parameter, candidate));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The parameter's field (else {@code id}) of the answer, or of its first item where it is a list. */
    private static Optional<JsonNode> fromBody(Exchange answer, Parameter parameter) {
        Optional<JsonNode> json = answer.parsed();
        if (json.isEmpty()) {
            return Optional.empty();
        }
        JsonNode item = json.get();
        if (item.isArray()) {
            item = item.path(0);
        } else if (item.isObject() && !item.has(parameter.name()) && !item.has("id")) {
            for (JsonNode field : item) {
                if (field.isArray() && field.path(0).isObject()) {
                    item = field.get(0);
                    break;
                }
            }
        }
        JsonNode value = item.has(parameter.name()) ? item.get(parameter.name()) : item.path("id");
        return value.isValueNode() && !value.isNull() ? Optional.of(value) : Optional.empty();
    }

    /** The value of a header the producer documents for its answer and that is named for the parameter. */
    private Optional<JsonNode> fromHeader(Exchange answer, Operation producer, Parameter parameter) {
        return producer.response(answer.status()).stream()
                .flatMap(response -> ApiSpec.fields(response.path("headers")).keySet().stream())
                .filter(name -> namesParameter(name, parameter)).findFirst()
                .flatMap(answer::header).map(text -> typed(parameter, text));
    }

    /** Whether a header is named for the parameter, case and hyphens aside, with or without an {@code X-}: X-Account-Id for accountId. */
    private static boolean namesParameter(String header, Parameter parameter) {
        String name = letters(header);
        String wanted = letters(parameter.name());
        return name.equals(wanted) || name.equals("x" + wanted);
    }

    private static String letters(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** The parameter's segment of a {@code Location} that names the item path. */
    private Optional<JsonNode> fromLocation(Exchange answer, Operation operation, Parameter parameter) {
        String template = collection(operation.path(), parameter) + "/{" + parameter.name() + "}";
        return answer.header("Location").flatMap(location -> Reads.belowBase(context, location))
                .flatMap(path -> Reads.match(template, path)).map(values -> values.get(parameter.name()))
                .map(text -> typed(parameter, text));
    }

    /** Text (a path segment, a header) as the value its schema types: a number where the schema is numeric. */
    private JsonNode typed(Parameter parameter, String text) {
        return TextValues.scalar(context.spec().schemas(), parameter.schema(), text);
    }
}
