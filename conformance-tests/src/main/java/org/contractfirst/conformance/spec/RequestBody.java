package org.contractfirst.conformance.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A request body: whether it is required, and its media types, each with its schema, examples and encoding. */
public record RequestBody(boolean required, Map<String, MediaType> content) {

    static RequestBody of(ApiSpec spec, JsonNode node, Set<String> refused) {
        Map<String, MediaType> content = new LinkedHashMap<>();
        ApiSpec.fields(node.path("content")).forEach((type, media) -> content.put(type, MediaType.of(spec, type, media, refused)));
        return new RequestBody(node.path("required").asBoolean(false), content);
    }

    /**
     * The media type a valid request is sent in: JSON where the body takes it (or a {@code +json} type), else the
     * first listed.
     */
    public Optional<MediaType> preferred() {
        return content.values().stream().filter(media -> media.isJson()).findFirst()
                .or(() -> content.values().stream().findFirst());
    }
}
