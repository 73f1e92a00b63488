package org.contractfirst.conformance;

import java.util.Map;

/** A request sent and the response received. */
public record Exchange(HttpRequest request, int status, String contentType, Map<String, String> headers, String body) {

    /** The media type without its parameters, lower case; empty when the response has none. */
    public String mediaType() {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase();
    }

    public String bodyStart() {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
