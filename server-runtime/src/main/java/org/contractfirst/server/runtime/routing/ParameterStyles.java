package org.contractfirst.server.runtime.routing;

import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import org.contractfirst.form.BracketNotation;
import org.glassfish.jersey.uri.UriComponent;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the path, query and header parameters of a request from the style its spec declares into the one the
 * generated resource binds, before Jersey matches and reads them: a label or matrix path segment into its simple form; an array not exploded ({@code ids=1,2,3}, {@code a|b}, {@code a b}, a
 * header's {@code a, b}) into one value per item; an object ({@code filter[color]=red} in {@code deepObject},
 * {@code color=red&size=M} exploded, {@code color,red,size,M} not) into the JSON its model is read from
 * ({@link Parameters}). The values themselves are left as they are, for validation to judge.
 */
@PreMatching
public final class ParameterStyles implements ContainerRequestFilter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ServedSpec spec;

    public ParameterStyles(ServedSpec spec) {
        this.spec = spec;
    }

    /** A parameter or form field as the spec declares it: its schema resolved, its style and explode. */
    public record Styled(String name, JsonNode schema, String style, boolean explode) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // A path in another method's style is rewritten too, so that the method is what is refused (405).
        CurrentOperation.id().or(() -> spec.operationOnPath("/" + request.getUriInfo().getPath(false)))
                .ifPresent(pathOperation -> simplePath(request, pathOperation));
        Optional<String> operation = CurrentOperation.id();
        if (operation.isEmpty()) {
            return;
        }
        List<Styled> query = new ArrayList<>();
        for (JsonNode parameter : spec.parameters(operation.get())) {
            String in = parameter.path("in").asText();
            JsonNode schema = spec.resolve(parameter.path("schema"));
            String style = parameter.path("style").asText(in.equals("query") || in.equals("cookie") ? "form" : "simple");
            boolean explode = parameter.has("explode") ? parameter.get("explode").asBoolean() : style.equals("form");
            String name = parameter.path("name").asText();
            if (in.equals("query")) {
                query.add(new Styled(name, schema, style, explode));

            } else if (in.equals("header") && type(schema).equals("array") && request.getHeaders().containsKey(name)) {
                List<String> items = new ArrayList<>();
                request.getHeaders().get(name).forEach(value -> items.addAll(split(value, ",", true)));
                request.getHeaders().put(name, items);
            }
        }
        if (query.isEmpty()) {
            return;
        }
        Map<String, List<String>> given = new LinkedHashMap<>(request.getUriInfo().getQueryParameters(true));
        Map<String, List<String>> bound = normalise(given, query);
        if (!bound.equals(given)) {
            StringBuilder rewritten = new StringBuilder();
            bound.forEach((name, values) -> values.forEach(value -> rewritten.append(rewritten.isEmpty() ? "" : "&")
                    .append(UriComponent.encode(name, UriComponent.Type.QUERY_PARAM_SPACE_ENCODED)).append('=')
                    .append(UriComponent.encode(value, UriComponent.Type.QUERY_PARAM_SPACE_ENCODED))));
            request.setRequestUri(request.getUriInfo().getBaseUri(),
                    UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replaceQuery(rewritten.toString()).build());
        }
    }

    /**
     * Rewrites the path's label ({@code .blue}) and matrix ({@code ;id=5}) segments in the simple style
     * ({@code blue}, {@code 5}, an array's items joined by commas) that the generated {@code @Path} matches and
     * binds. A segment not in its declared style is left as it is, for validation or matching to refuse.
     */
    private void simplePath(ContainerRequestContext request, String operationId) {
        List<Styled> styled = new ArrayList<>();
        for (JsonNode parameter : spec.parameters(operationId)) {
            String style = parameter.path("style").asText("simple");
            if (parameter.path("in").asText().equals("path") && (style.equals("label") || style.equals("matrix"))) {
                styled.add(new Styled(parameter.path("name").asText(), spec.resolve(parameter.path("schema")), style,
                        parameter.path("explode").asBoolean(false)));
            }
        }
        if (styled.isEmpty()) {
            return;
        }
        String[] names = spec.pathTemplate(operationId).split("/", -1);
        String[] segments = ("/" + request.getUriInfo().getPath(false)).split("/", -1);
        if (names.length != segments.length) {
            return;
        }
        boolean changed = false;
        for (int i = 0; i < names.length; i++) {
            for (Styled parameter : styled) {
                if (names[i].equals("{" + parameter.name() + "}")) {
                    String simple = simple(segments[i], parameter);
                    changed |= !simple.equals(segments[i]);
                    segments[i] = simple;
                }
            }
        }
        if (!changed) {
            return;
        }
        String base = request.getUriInfo().getBaseUri().toString();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        try {
            request.setRequestUri(request.getUriInfo().getBaseUri(), URI.create((base.endsWith("/")
                    ? base.substring(0, base.length() - 1) : base) + String.join("/", segments)
                    + (query == null ? "" : "?" + query)));
        } catch (IllegalArgumentException unreadable) {
            // Left for the request's syntax check to refuse.
        }
    }

    /** One label or matrix segment in the simple style (RFC 6570 §3.2.5, §3.2.7). */
    private String simple(String segment, Styled parameter) {
        boolean array = type(parameter.schema()).equals("array");
        if (parameter.style().equals("label")) {
            if (!segment.startsWith(".")) {
                return segment;
            }
            String value = segment.substring(1);
            return array && parameter.explode() ? value.replace('.', ',') : value;
        }
        String prefix = ";" + parameter.name();
        if (!segment.startsWith(prefix)) {
            return segment;
        }
        List<String> values = new ArrayList<>();
        for (String pair : segment.substring(1).split(";", -1)) {
            if (!pair.equals(parameter.name()) && !pair.startsWith(parameter.name() + "=")) {
                return segment;
            }
            values.add(pair.substring(Math.min(pair.length(), parameter.name().length() + 1)));
        }
        return array || values.size() == 1 ? String.join(",", values) : segment;
    }

    /** The values, by name, with each declared parameter in the shape its generated code binds. */
    public Map<String, List<String>> normalise(Map<String, List<String>> values, List<Styled> declared) {
        Map<String, List<String>> bound = new LinkedHashMap<>(values);
        Set<String> declaredNames = new HashSet<>();
        declared.forEach(parameter -> declaredNames.add(parameter.name()));
        for (Styled parameter : declared) {
            String type = type(parameter.schema());
            if (type.equals("array") && !(parameter.style().equals("form") && parameter.explode())
                    && bound.containsKey(parameter.name())) {
                String delimiter = switch (parameter.style()) {
                    case "spaceDelimited" -> " ";
                    case "pipeDelimited" -> "|";
                    default -> ",";
                };
                List<String> items = new ArrayList<>();
                bound.get(parameter.name()).forEach(value -> items.addAll(split(value, delimiter, false)));
                bound.put(parameter.name(), items);
            } else if (type.equals("object")) {
                object(bound, parameter, declaredNames).ifPresent(json -> bound.put(parameter.name(), List.of(json.toString())));
            }
        }
        return bound;
    }

    /** The object a parameter's values spell in its style, taken out of {@code values}; empty when none is given. */
    private Optional<ObjectNode> object(Map<String, List<String>> values, Styled parameter, Set<String> declaredNames) {
        ObjectNode object = NODES.objectNode();
        if (parameter.style().equals("deepObject")) {
            Iterator<Map.Entry<String, List<String>>> entries = values.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, List<String>> entry = entries.next();
                if (entry.getKey().startsWith(parameter.name() + "[")) {
                    List<String> path;
                    try {
                        path = BracketNotation.path(entry.getKey());
                    } catch (IllegalArgumentException notBrackets) {
                        continue;
                    }
                    try {
                        for (String value : entry.getValue()) {
                            BracketNotation.put(object, path.subList(1, path.size()), NODES.textNode(value));
                        }
                    } catch (IllegalArgumentException conflicting) {
                        continue;
                    }
                    entries.remove();
                }
            }
        } else if (parameter.explode()) {
            Iterator<String> properties = parameter.schema().path("properties").fieldNames();
            while (properties.hasNext()) {
                String property = properties.next();
                if (!declaredNames.contains(property) && values.containsKey(property)) {
                    List<String> given = values.remove(property);
                    object.set(property, given.size() == 1 ? NODES.textNode(given.get(0)) : array(given));
                }
            }
        } else if (values.containsKey(parameter.name())) {
            List<String> pairs = split(values.get(parameter.name()).get(0), ",", false);
            if (pairs.size() % 2 != 0) {
                return Optional.empty();
            }
            for (int i = 0; i < pairs.size(); i += 2) {
                object.put(pairs.get(i), pairs.get(i + 1));
            }
        }
        return object.isEmpty() ? Optional.empty() : Optional.of(object);
    }

    private static JsonNode array(List<String> values) {
        var array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static List<String> split(String value, String delimiter, boolean trim) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(Pattern.quote(delimiter), -1)) {
            items.add(trim ? item.trim() : item);
        }
        return items;
    }

    /** The schema's type: its {@code type}, the first of a 3.1 list that is not null, or what its keywords imply. */
    private String type(JsonNode schema) {
        JsonNode resolved = spec.resolve(schema);
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asText().equals("null")) {
                    return each.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return resolved.has("properties") ? "object" : resolved.has("items") ? "array" : "";
    }
}
