package org.contractfirst.conformance.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.conformance.spec.Parameter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read that shows what a write did, as the spec pairs them: a link of the answer's documented response (its
 * parameters from runtime expressions), else the {@code Location} the answer names, else a GET of the write's path
 * and one more parameter that a field of the answer fills ({@code POST /pets} answering {@code {"id": 7}} is read by
 * {@code GET /pets/{id}}), else a GET that names what the answer names, by a path of the same words or by a list of
 * the same path filtered by it ({@code PUT /users/presence} answering {@code {"userId": "u1"}} is read by
 * {@code GET /users/u1/presence}, else by {@code GET /users/presence?userIds=u1}), else a GET of the same path with
 * the same path parameters, else, for a write of an action,
 * of its parent path (a write of {@code /me/edit} shown by {@code GET /me}; not {@code PUT /spaces/{id}} by the list
 * {@code GET /spaces}).
 */
public final class Reads {

    /** A read of what a write did, and how the spec pairs them. */
    public record Read(Operation operation, Call call, String pairing) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern EMBEDDED = Pattern.compile("\\{(\\$[^}]+)}");
    /** A path template's parameter: {@code {id}}. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    private Reads() {
    }

    /** The read of the write {@code written} answered; empty when the spec pairs the write with none. */
    public static Optional<Read> after(RunContext context, Call write, Exchange written) {
        return byLink(context, write, written).or(() -> byLocation(context, written))
                .or(() -> byAnsweredId(context, write, written)).or(() -> byAnsweredValues(context, write, written))
                .or(() -> byPath(context, write));
    }

    /** The read a write is paired with before it is sent: by its path alone. */
    public static Optional<Read> byPath(RunContext context, Call write) {
        ApiSpec spec = context.spec();
        Operation operation = write.operation();
        // A POST adds to what its path lists, where the new item may be on any page: only its answer names it.
        if (operation.method().equals("POST")) {
            return Optional.empty();
        }
        String path = operation.path();
        // The parent of an action ({@code /me/edit}) is the resource acted on; the parent of an item
        // ({@code /spaces/{id}}) is its collection, which may show it on a page of its own or in part.
        boolean action = !path.substring(path.lastIndexOf('/') + 1).startsWith("{");
        String parent = action ? path.substring(0, Math.max(0, path.lastIndexOf('/'))) : "";
        return spec.operation("GET", path).filter(read -> !lists(context, read))
                .map(read -> new Read(read, withPathOf(context, read, write), "the same path"))
                .or(() -> parent.isEmpty() ? Optional.empty() : spec.operation("GET", parent).filter(read -> !lists(context, read))
                        .map(read -> new Read(read, withPathOf(context, read, write), "the parent path")));
    }

    /** Whether the read answers a list, which may show a resource on a page of its own or not at all. */
    private static boolean lists(RunContext context, Operation read) {
        return read.statuses('2').stream().flatMap(status -> read.response(status).stream())
                .flatMap(response -> ApiSpec.fields(response.path("content")).values().stream())
                .anyMatch(media -> context.spec().schemas().types(context.spec().schemas().effective(media.path("schema")))
                        .equals(java.util.Set.of("array")));
    }

    /** The read's valid call with the write's values of the path parameters they share. */
    private static Call withPathOf(RunContext context, Operation read, Call write) {
        return context.requests().valid(read).withPathOf(write);
    }

    private static Optional<Read> byLink(RunContext context, Call write, Exchange written) {
        Optional<JsonNode> response = write.operation().response(written.status());
        if (response.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, JsonNode> named : ApiSpec.fields(response.get().path("links")).entrySet()) {
            JsonNode link = context.spec().resolve(named.getValue());
            Optional<Operation> target = linked(context.spec(), link);
            if (target.isEmpty() || !target.get().method().equals("GET")) {
                continue;
            }
            Call call = context.requests().valid(target.get());
            boolean complete = true;
            for (Map.Entry<String, JsonNode> given : ApiSpec.fields(link.path("parameters")).entrySet()) {
                Optional<Parameter> parameter = parameterNamed(target.get(), given.getKey());
                Optional<JsonNode> value = evaluate(given.getValue(), write, written);
                if (parameter.isEmpty() || value.isEmpty()) {
                    complete = false;
                    break;
                }
                call = call.withParameter(parameter.get(), value.get());
            }
            if (complete) {
                return Optional.of(new Read(target.get(), call, "the link " + named.getKey()));
            }
        }
        return Optional.empty();
    }

    /** The operation a link names, by {@code operationId} or by a local {@code operationRef}. */
    static Optional<Operation> linked(ApiSpec spec, JsonNode link) {
        if (link.has("operationId")) {
            String id = link.get("operationId").asText();
            return spec.operations().stream().filter(operation -> operation.operationId().equals(id)).findFirst();
        }
        String reference = link.path("operationRef").asText("");
        Matcher local = Pattern.compile("#/paths/([^/]+)/([a-z]+)").matcher(reference);
        if (!local.matches()) {
            return Optional.empty();
        }
        String path = SchemaSites.unescaped(local.group(1));
        return spec.operation(local.group(2).toUpperCase(java.util.Locale.ROOT), path);
    }

    /** A link's parameter, by its name or by {@code in.name} where names repeat across locations. */
    static Optional<Parameter> parameterNamed(Operation operation, String key) {
        for (Parameter parameter : operation.parameters()) {
            if (key.equals(parameter.name()) || key.equals(parameter.in() + "." + parameter.name())) {
                return Optional.of(parameter);
            }
        }
        return Optional.empty();
    }

    /**
     * A link parameter's value: a constant, a runtime expression ({@code $response.body#/id},
     * {@code $request.path.id}, {@code $response.header.Location}...) or a text with expressions in braces.
     */
    static Optional<JsonNode> evaluate(JsonNode given, Call write, Exchange written) {
        if (!given.isTextual()) {
            return Optional.of(given);
        }
        String text = given.asText();
        if (text.startsWith("$")) {
            return expression(text, write, written);
        }
        Matcher embedded = EMBEDDED.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (embedded.find()) {
            Optional<JsonNode> value = expression(embedded.group(1), write, written);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            embedded.appendReplacement(filled, Matcher.quoteReplacement(value.get().asText()));
        }
        embedded.appendTail(filled);
        return Optional.of(NODES.textNode(filled.toString()));
    }

    private static Optional<JsonNode> expression(String expression, Call write, Exchange written) {
        if (expression.equals("$statusCode")) {
            return Optional.of(NODES.numberNode(written.status()));
        }
        if (expression.equals("$method")) {
            return Optional.of(NODES.textNode(write.operation().method()));
        }
        if (expression.startsWith("$response.body")) {
            return written.parsed().map(json -> json.at(pointer(expression, "$response.body")))
                    .filter(value -> !value.isMissingNode());
        }
        if (expression.startsWith("$response.header.")) {
            return written.header(expression.substring("$response.header.".length())).map(NODES::textNode);
        }
        if (expression.startsWith("$request.body")) {
            return write.body().map(json -> json.at(pointer(expression, "$request.body"))).filter(value -> !value.isMissingNode());
        }
        Matcher request = Pattern.compile("\\$request\\.(path|query|header)\\.(.+)").matcher(expression);
        if (request.matches()) {
            return write.parameters().entrySet().stream().filter(entry -> entry.getKey().in().equals(request.group(1))
                            && entry.getKey().name().equalsIgnoreCase(request.group(2)))
                    .map(Map.Entry::getValue).findFirst();
        }
        return Optional.empty();
    }

    private static String pointer(String expression, String source) {
        String rest = expression.substring(source.length());
        return rest.startsWith("#") ? rest.substring(1) : rest;
    }

    /** The resource a 201's Location names (RFC 9110 §15.3.2); a 202's names a monitor of the work, not its result. */
    private static Optional<Read> byLocation(RunContext context, Exchange written) {
        Optional<String> location = written.header("Location");
        if (location.isEmpty() || written.status() != 201) {
            return Optional.empty();
        }
        return located(context, location.get());
    }

    /**
     * The documented GET whose path a {@code Location} fills, called with the values it gives the path parameters;
     * empty where it lies outside the base path or fills no documented GET.
     */
    public static Optional<Read> located(RunContext context, String location) {
        Optional<String> named = belowBase(context, location);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String below = named.get();
        for (Operation read : context.spec().operations()) {
            if (!read.method().equals("GET")) {
                continue;
            }
            Optional<Map<String, String>> values = match(read.path(), below);
            if (values.isPresent()) {
                Call call = context.requests().valid(read);
                for (Map.Entry<String, String> value : values.get().entrySet()) {
                    call = call.withPathParameter(value.getKey(), NODES.textNode(value.getValue()));
                }
                return Optional.of(new Read(read, call, "the Location " + location));
            }
        }
        return Optional.empty();
    }

    /**
     * The path a {@code Location} names (resolved against the target's base URL, RFC 9110 §10.2.2), below the base
     * path; empty where it cannot be read or lies outside the base path.
     */
    public static Optional<String> belowBase(RunContext context, String location) {
        String path;
        try {
            path = context.target().baseUri().resolve(location).getRawPath();
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        String base = context.target().baseUri().getRawPath();
        base = base == null ? "" : base.replaceAll("/$", "");
        return path != null && path.startsWith(base) ? Optional.of(path.substring(base.length())) : Optional.empty();
    }

    /** The path parameters' values a concrete path gives a template, decoded; empty when it does not fill it. */
    static Optional<Map<String, String>> match(String template, String path) {
        List<String> names = new java.util.ArrayList<>();
        Matcher parameters = TEMPLATE.matcher(template);
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(template.substring(at, parameters.start()))).append("([^/]+)");
            names.add(parameters.group(1));
            at = parameters.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        Matcher filled = Pattern.compile(regex.toString()).matcher(path);
        if (!filled.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), URLDecoder.decode(filled.group(i + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return Optional.of(values);
    }

    /** A GET of the write's path and one more parameter, filled by a field of that name (or {@code id}) answered. */
    private static Optional<Read> byAnsweredId(RunContext context, Call write, Exchange written) {
        Optional<JsonNode> answer = written.parsed().filter(JsonNode::isObject);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        Pattern child = Pattern.compile(Pattern.quote(write.operation().path()) + "/\\{([^}/]+)}");
        for (Operation read : context.spec().operations()) {
            Matcher one = child.matcher(read.path());
            if (!read.method().equals("GET") || !one.matches()) {
                continue;
            }
            String name = one.group(1);
            JsonNode value = answer.get().has(name) ? answer.get().get(name) : answer.get().path("id");
            Optional<Parameter> parameter = parameterNamed(read, name);
            if (value.isValueNode() && parameter.isPresent()) {
                Call call = withPathOf(context, read, write).withParameter(parameter.get(), value);
                return Optional.of(new Read(read, call, "the answered " + (answer.get().has(name) ? name : "id")));
            }
        }
        return Optional.empty();
    }

    /**
     * A GET whose path has the write's words in their order and whose other path parameters the answer's fields fill
     * (each by its name, an {@code id} after {@code /users} by {@code userId} too); else, for a PUT or PATCH, a GET of
     * the write's own path whose query parameter the answer fills ({@code userIds} by {@code userId}): a list filtered
     * by what was written.
     */
    private static Optional<Read> byAnsweredValues(RunContext context, Call write, Exchange written) {
        Optional<JsonNode> answer = written.parsed().filter(JsonNode::isObject);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = words(write.operation().path());
        Optional<Read> byPath = Optional.empty();
        Optional<Read> byQuery = Optional.empty();
        for (Operation read : context.spec().operations()) {
            if (!read.method().equals("GET")) {
                continue;
            }
            if (byPath.isEmpty() && !read.path().equals(write.operation().path()) && words(read.path()).equals(words)) {
                byPath = namedByAnswer(context, read, write, answer.get());
            }
            // A POST adds to a collection whose list this would be: only a change of what the path keeps is read so.
            if (byQuery.isEmpty() && !write.operation().method().equals("POST") && read.path().equals(write.operation().path())) {
                byQuery = filteredByAnswer(context, read, answer.get());
            }
        }
        return byPath.isPresent() ? byPath : byQuery;
    }

    /** The path's segments that are no template, in order. */
    private static List<String> words(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty() && !segment.startsWith("{")).toList();
    }

    private static Optional<Read> namedByAnswer(RunContext context, Operation read, Call write, JsonNode answer) {
        Call call = withPathOf(context, read, write);
        List<String> fields = new java.util.ArrayList<>();
        String[] segments = read.path().split("/");
        for (int i = 0; i < segments.length; i++) {
            Matcher template = TEMPLATE.matcher(segments[i]);
            if (!template.matches() || write.operation().path().contains(segments[i])) {
                continue;
            }
            String name = template.group(1);
            String owner = i > 0 ? segments[i - 1].replaceAll("s$", "") + "Id" : name;
            String field = answer.path(name).isValueNode() ? name : name.equals("id") && answer.path(owner).isValueNode() ? owner : null;
            Optional<Parameter> parameter = parameterNamed(read, name);
            if (field == null || parameter.isEmpty()) {
                return Optional.empty();
            }
            call = call.withParameter(parameter.get(), answer.get(field));
            fields.add(field);
        }
        return fields.isEmpty() ? Optional.empty() : Optional.of(new Read(read, call, "the answered " + String.join(", ", fields)));
    }

    private static Optional<Read> filteredByAnswer(RunContext context, Operation read, JsonNode answer) {
        for (Parameter parameter : read.parameters()) {
            if (!parameter.in().equals("query")) {
                continue;
            }
            boolean many = context.spec().schemas().types(context.spec().schemas().effective(parameter.schema())).contains("array");
            String field = many ? parameter.name().replaceAll("s$", "") : parameter.name();
            if (answer.path(field).isValueNode()) {
                JsonNode value = many ? NODES.arrayNode().add(answer.get(field)) : answer.get(field);
                return Optional.of(new Read(read, context.requests().valid(read).withParameter(parameter, value),
                        "the list filtered by the answered " + field));
            }
        }
        return Optional.empty();
    }
}
