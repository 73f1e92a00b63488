package org.contractfirst.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parameter as OpenAPI serializes it: where it goes, whether it is required, its schema (or, for a parameter
 * described by {@code content}, the schema of that media type), and its style and explode, with their defaults
 * ({@code form} in query and cookie, {@code simple} in path and header; explode only for {@code form}).
 */
public record Parameter(String name, String in, boolean required, JsonNode schema, String style, boolean explode,
                        boolean allowReserved, Optional<JsonNode> example, Optional<String> contentType, JsonNode node) {

    /** @param refused the names of the examples the operation answers with a refusal, which no valid call sends */
    static Parameter of(ApiSpec spec, JsonNode node, Set<String> refused) {
        String in = node.path("in").asText("query");
        String style = node.path("style").asText(in.equals("query") || in.equals("cookie") ? "form" : "simple");
        boolean explode = node.has("explode") ? node.get("explode").asBoolean() : style.equals("form");
        JsonNode schema = node.path("schema");
        Optional<String> contentType = Optional.empty();
        Map<String, JsonNode> content = ApiSpec.fields(node.path("content"));
        if (schema.isMissingNode() && !content.isEmpty()) {
            Map.Entry<String, JsonNode> first = content.entrySet().iterator().next();
            contentType = Optional.of(first.getKey());
            schema = first.getValue().path("schema");
        }
        return new Parameter(node.path("name").asText(), in, in.equals("path") || node.path("required").asBoolean(false),
                schema.isMissingNode() ? MissingNode.getInstance() : schema, style, explode,
                node.path("allowReserved").asBoolean(false), example(spec, node, content, refused), contentType, node);
    }

    /**
     * The example the parameter documents: its {@code example}, else the first of its {@code examples} not named for a
     * refusal.
     */
    private static Optional<JsonNode> example(ApiSpec spec, JsonNode node, Map<String, JsonNode> content,
                                              Set<String> refused) {
        if (node.has("example")) {
            return Optional.of(node.get("example"));
        }
        JsonNode examples = node.path("examples");
        if (examples.isEmpty() && !content.isEmpty()) {
            JsonNode media = content.values().iterator().next();
            if (media.has("example")) {
                return Optional.of(media.get("example"));
            }
            examples = media.path("examples");
        }
        for (Map.Entry<String, JsonNode> example : ApiSpec.fields(examples).entrySet()) {
            JsonNode resolved = spec.resolve(example.getValue());
            if (resolved.has("value") && !refused.contains(example.getKey())) {
                return Optional.of(resolved.get("value"));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return in + " parameter " + name;
    }
}
