package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the write checks need: the read that shows a write (a GET on the same path, else on the parent path), and a
 * valid write whose plain text fields carry fresh markers, so that a read can be searched for them.
 */
public final class Writes {

    private static final Set<String> WRITE_METHODS = Set.of("PUT", "PATCH", "POST");

    private Writes() {
    }

    /** A valid write with fresh markers, and the markers. */
    public record MarkedWrite(HttpRequest request, List<String> markers) {
    }

    public static boolean isWrite(ApiSpec.Endpoint endpoint) {
        return WRITE_METHODS.contains(endpoint.method());
    }

    /** The read that shows what {@code write} wrote; empty when it is no write or nothing reads it. */
    public static Optional<ApiSpec.Endpoint> readOf(ApiSpec spec, ApiSpec.Endpoint write) {
        if (!isWrite(write)) {
            return Optional.empty();
        }
        String parent = write.path().substring(0, write.path().lastIndexOf('/'));
        return spec.endpoint("GET", write.path()).or(() -> spec.endpoint("GET", parent));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static MarkedWrite marked(Session session, ApiSpec.Endpoint endpoint) {
        HttpRequest valid = session.requests().valid(endpoint);
        List<String> markers = new ArrayList<>();
        return session.spec().requestBody(endpoint).map(media -> new MarkedWrite(
                valid.withBody(Requests.encode(media.getKey(), media.getValue(), markedBody(session, media.getValue(), markers))), markers))
                .orElse(new MarkedWrite(valid, markers));
    }

    /** The body's valid value with a fresh marker in each plain text field, each added to {@code markers}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static JsonNode markedBody(Session session, io.swagger.v3.oas.models.media.MediaType media, List<String> markers) {
        JsonNode value = session.requests().bodyValue(media);
        Schema schema = session.spec().resolve(media.getSchema());
        if (value instanceof ObjectNode object && schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).forEach((name, property) -> {
                Schema resolved = session.spec().resolve(property);
                String marker = session.marker();
                if (isPlainText(resolved, marker) && session.target().fixture(name).isEmpty()) {
                    object.put(name, marker);
                    markers.add(marker);
                }
            });
        }
        return value;
    }

    @SuppressWarnings("rawtypes")
    private static boolean isPlainText(Schema schema, String marker) {
        return "string".equals(schema.getType()) && schema.getEnum() == null && schema.getFormat() == null
                && schema.getPattern() == null && !Boolean.TRUE.equals(schema.getReadOnly())
                && (schema.getMaxLength() == null || schema.getMaxLength() >= marker.length());
    }
}
