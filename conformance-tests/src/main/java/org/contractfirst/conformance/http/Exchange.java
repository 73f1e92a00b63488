package org.contractfirst.conformance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.conformance.spec.MediaType;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request sent and what came back: the status (0 when no response came: {@link #problem()} says why), the headers
 * by lower-case name, the body's bytes and its text in the charset the Content-Type names.
 */
public record Exchange(HttpRequest request, int status, Map<String, List<String>> headers, byte[] body, String text,
                       Optional<String> problem) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Exchange noResponse(HttpRequest request, String problem) {
        return new Exchange(request, 0, Map.of(), new byte[0], "", Optional.of(problem));
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public String contentType() {
        return header("content-type").orElse("");
    }

    /** The media type without its parameters, lower case; empty when the response has none. */
    public String mediaType() {
        return MediaType.essence(contentType());
    }

    /** The body read as JSON, whatever its Content-Type says; empty where it is none. */
    public Optional<JsonNode> parsed() {
        try {
            JsonNode json = JSON.readTree(text);
            return json == null || json.isMissingNode() ? Optional.empty() : Optional.of(json);
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** The body as JSON where its Content-Type says it is JSON; empty otherwise. */
    public Optional<JsonNode> json() {
        return MediaType.isJson(mediaType()) ? parsed() : Optional.empty();
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** The start of the body on one line, for a failure's message. */
    public String bodyStart() {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
