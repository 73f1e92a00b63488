package org.contractfirst.server.runtime.routing;

import org.contractfirst.server.runtime.spec.CurrentOperation;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import org.contractfirst.parameters.Shape;
import org.contractfirst.parameters.Style;
import org.contractfirst.parameters.StyleReader;
import org.glassfish.jersey.uri.UriComponent;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns the path, query and header parameters of a request from the style its spec declares into the one the
 * generated resource binds, before Jersey matches and reads them: a label or matrix path segment into its simple form; an array not exploded ({@code ids=1,2,3}, {@code a|b}, {@code a b}, a
 * header's {@code a, b}) into one value per item; an object ({@code filter[color]=red} in {@code deepObject},
 * {@code color=red&size=M} exploded, {@code color,red,size,M} not) into the JSON its model is read from
 * ({@link org.contractfirst.server.runtime.binding.Parameters}). The values themselves are left as they are, for validation to judge; the styles are read
 * by {@link StyleReader}, as the clients and the suite write them with its {@code StyleWriter}.
 */
@PreMatching
public final class ParameterStyles implements ContainerRequestFilter {

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
                request.getHeaders().put(name, StyleReader.header(explode, Shape.ARRAY, request.getHeaders().get(name))
                        .map(ParameterStyles::texts).orElseThrow());
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

    /** One label or matrix segment in the simple style (RFC 6570 §3.2.5, §3.2.7), still percent-encoded. */
    private String simple(String segment, Styled parameter) {
        // An object is passed on as its text: no generated resource binds one from a path segment.
        boolean array = type(parameter.schema()).equals("array");
        return StyleReader.path(parameter.name(), Style.named(parameter.style(), Style.SIMPLE), parameter.explode(),
                        array ? Shape.ARRAY : Shape.PRIMITIVE, segment, UnaryOperator.identity())
                .map(value -> array ? String.join(",", texts(value)) : value.asText()).orElse(segment);
    }

    /** The values, by name, with each declared parameter in the shape its generated code binds. */
    public Map<String, List<String>> normalise(Map<String, List<String>> values, List<Styled> declared) {
        Map<String, List<String>> bound = new LinkedHashMap<>(values);
        Set<String> declaredNames = new HashSet<>();
        declared.forEach(parameter -> declaredNames.add(parameter.name()));
        for (Styled parameter : declared) {
            String type = type(parameter.schema());
            Style style = Style.named(parameter.style(), Style.FORM);
            if (type.equals("array")) {
                StyleReader.query(parameter.name(), style, parameter.explode(), Shape.ARRAY, bound, List.of())
                        .ifPresent(items -> bound.put(parameter.name(), texts(items)));
            } else if (type.equals("object")) {
                List<String> properties = new ArrayList<>();
                parameter.schema().path("properties").fieldNames().forEachRemaining(property -> {
                    if (!declaredNames.contains(property)) {
                        properties.add(property);
                    }
                });
                StyleReader.query(parameter.name(), style, parameter.explode(), Shape.OBJECT, bound, properties)
                        .ifPresent(object -> bound.put(parameter.name(), List.of(object.toString())));
            }
        }
        return bound;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
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
