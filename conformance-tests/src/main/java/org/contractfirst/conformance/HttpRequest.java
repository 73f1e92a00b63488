package org.contractfirst.conformance;

import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request a check sends: method, resolved path, query, headers and body. It can be sent to a base URL, and
 * written as the curl command that sends it again.
 */
public record HttpRequest(String method, String path, List<Map.Entry<String, String>> query,
                          Map<String, String> headers, Body body) {

    /** A Content-Type goes out as given: no charset appended. */
    private static final RestAssuredConfig SENT_AS_GIVEN = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** A request body: raw text of a media type, the fields of a form, or the parts of a multipart body. */
    public record Body(String contentType, String text, List<Map.Entry<String, String>> fields, List<Part> parts) {
        public static Body none() {
            return new Body(null, null, List.of(), List.of());
        }

        public static Body text(String contentType, String text) {
            return new Body(contentType, text, List.of(), List.of());
        }

        public static Body form(List<Map.Entry<String, String>> fields) {
            return new Body("application/x-www-form-urlencoded", null, fields, List.of());
        }

        public static Body multipart(List<Part> parts) {
            return new Body("multipart/form-data", null, List.of(), parts);
        }

        public boolean isEmpty() {
            return contentType == null;
        }
    }

    /** A part of a multipart body: text, or JSON text sent as {@code application/json}. */
    public record Part(String name, String contentType, String value) {
        public static Part text(String name, String value) {
            return new Part(name, "text/plain", value);
        }

        /** A JSON value as its part: an object or array as JSON, anything else as its text. */
        public static Part of(String name, com.fasterxml.jackson.databind.JsonNode value) {
            return value.isContainerNode() ? new Part(name, "application/json", value.toString()) : text(name, value.asText());
        }
    }

    public HttpRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new HttpRequest(method, path, query, changed, body);
    }

    public HttpRequest withMethod(String other) {
        return new HttpRequest(other, path, query, headers, body);
    }

    public HttpRequest withBody(Body other) {
        return new HttpRequest(method, path, query, headers, other);
    }

    public HttpRequest withQuery(List<Map.Entry<String, String>> other) {
        return new HttpRequest(method, path, other, headers, body);
    }

    public HttpRequest withPath(String other) {
        return new HttpRequest(method, other, query, headers, body);
    }

    public Exchange send(URI baseUri) {
        RequestSpecification request = RestAssured.given().baseUri(baseUri.toString()).urlEncodingEnabled(false)
                .config(SENT_AS_GIVEN);
        headers.forEach(request::header);
        if (!body.isEmpty()) {
            request.contentType(body.contentType());
            if (body.text() != null) {
                request.body(body.text().getBytes(StandardCharsets.UTF_8));
            } else if (body.contentType().startsWith("multipart/")) {
                body.parts().forEach(part -> request.multiPart(new MultiPartSpecBuilder(part.value())
                        .controlName(part.name()).mimeType(part.contentType()).charset(StandardCharsets.UTF_8).build()));
            } else {
                request.body(encodeForm(body.fields()));
            }
        }
        Response response = request.request(method, path + queryString());
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        response.getHeaders().forEach(header -> responseHeaders.putIfAbsent(header.getName().toLowerCase(), header.getValue()));
        return new Exchange(this, response.getStatusCode(), response.getContentType(), responseHeaders, response.asString());
    }

    public String queryString() {
        return query.isEmpty() ? "" : "?" + query.stream().map(pair -> Urls.encode(pair.getKey()) + "="
                + Urls.encode(pair.getValue())).collect(Collectors.joining("&"));
    }

    /** The request as a curl command against {@code baseUri}, ready to paste into a shell. */
    public String curl(URI baseUri) {
        List<String> words = new ArrayList<>(List.of("curl", "-i", "-X", method, quote(baseUri + path + queryString())));
        headers.forEach((name, value) -> words.addAll(List.of("-H", quote(name + ": " + value))));
        if (!body.isEmpty()) {
            if (body.text() != null) {
                words.addAll(List.of("-H", quote("Content-Type: " + body.contentType()), "--data-binary",
                        quote(body.text().length() > 2000 ? body.text().substring(0, 2000) + "..." : body.text())));
            } else if (body.contentType().startsWith("multipart/")) {
                body.parts().forEach(part -> words.addAll(List.of("-F", quote(part.name() + "=" + part.value()
                        + (part.contentType().equals("text/plain") ? "" : ";type=" + part.contentType())))));
            } else {
                words.addAll(List.of("-H", quote("Content-Type: " + body.contentType()), "--data", quote(encodeForm(body.fields()))));
            }
        }
        return String.join(" ", words);
    }

    private static String encodeForm(List<Map.Entry<String, String>> fields) {
        return fields.stream().map(field -> Urls.encode(field.getKey()) + "=" + Urls.encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
