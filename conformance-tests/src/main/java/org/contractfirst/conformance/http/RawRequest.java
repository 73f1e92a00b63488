package org.contractfirst.conformance.http;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request as bytes, for what a client library refuses to send: the method, the request target below the base
 * path, the header fields and the body, each free to be malformed. Made from a well-formed request, then broken in
 * one place.
 */
public record RawRequest(String method, byte[] target, Map<String, byte[]> headers, byte[] body, HttpRequest origin) {

    public RawRequest {
        Map<String, byte[]> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** The request's bytes as it would be sent: its target, every header, the cookies, the body and its type. */
    public static RawRequest of(HttpRequest request) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        request.headersToSend().forEach((name, value) -> headers.put(name, value.getBytes(StandardCharsets.UTF_8)));
        if (!request.body().isEmpty()) {
            headers.put("Content-Type", request.body().contentType().getBytes(StandardCharsets.UTF_8));
        }
        return new RawRequest(request.method(), request.target().getBytes(StandardCharsets.UTF_8), headers,
                request.body().bytes(), request);
    }

    public RawRequest withTarget(byte[] other) {
        return new RawRequest(method, other, headers, body, origin);
    }

    public RawRequest withTarget(String other) {
        return withTarget(other.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The request with the header set to {@code value}, or without it where {@code value} is null. */
    public RawRequest withHeader(String name, byte[] value) {
        Map<String, byte[]> changed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        changed.putAll(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new RawRequest(method, target, changed, body, origin);
    }

    public RawRequest withBody(byte[] other) {
        return new RawRequest(method, target, headers, other, origin);
    }

    /** The target as text, each byte one character, as ISO-8859-1 reads it. */
    public String targetText() {
        return new String(target, StandardCharsets.ISO_8859_1);
    }

    /** The full target on a base URL: its path in front. */
    public byte[] targetOn(URI base) {
        String root = base.getRawPath() == null ? "" : base.getRawPath();
        if (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        ByteArrayOutputStream full = new ByteArrayOutputStream();
        full.writeBytes(root.getBytes(StandardCharsets.US_ASCII));
        full.writeBytes(target);
        return full.toByteArray();
    }
}
