package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory JSON API served on a free loopback port by the JDK's HTTP server, as a framework would serve it: the
 * API answers each request with a {@link Reply}, and a HEAD is answered as its GET without content (RFC 9110 §9.3.2).
 * The server's one dispatcher thread runs every exchange, so an API's state needs no locking.
 */
final class JsonApiServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without TCP_NODELAY the JDK's server holds each small answer for a delayed ACK: ~40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What an API makes of one request. */
    @FunctionalInterface
    interface Api {
        Reply answer(Request request);
    }

    /** A request: its method (GET for a HEAD), its path segments and query parameters decoded, its headers, its body. */
    record Request(String method, List<String> segments, Map<String, String> query, Map<String, String> headers, byte[] body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }

        /** The body as a JSON object; empty where it is none, or is not sent as application/json. */
        Optional<ObjectNode> jsonObject() {
            boolean json = header("Content-Type").map(type -> type.split(";")[0].trim().toLowerCase(Locale.ROOT))
                    .filter("application/json"::equals).isPresent();
            if (!json) {
                return Optional.empty();
            }
            try {
                return JSON.readTree(body) instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
            } catch (IOException unreadable) {
                return Optional.empty();
            }
        }
    }

    /** An answer: status, headers, and a JSON body or none. */
    record Reply(int status, Map<String, String> headers, JsonNode body) {

        static Reply of(int status, JsonNode body) {
            return new Reply(status, Map.of(), body);
        }

        static Reply empty(int status) {
            return new Reply(status, Map.of(), null);
        }

        /** The error shape every spec of these APIs documents. */
        static Reply error(int status, String code, String message) {
            return of(status, JSON.createObjectNode().put("code", code).put("message", message));
        }

        /** The 404 of a path outside the API. */
        static Reply noSuchResource() {
            return error(404, "not_found", "no such resource");
        }

        /** OPTIONS answered with the methods the path serves, any other method it does not serve refused (RFC 9110 §15.5.6). */
        static Reply methods(String method, String allowed) {
            Reply reply = method.equals("OPTIONS") ? empty(204)
                    : error(405, "method_not_allowed", method + " is not served here");
            return reply.with("Allow", allowed);
        }

        Reply with(String header, String value) {
            Map<String, String> headers = new LinkedHashMap<>(this.headers);
            headers.put(header, value);
            return new Reply(status, headers, body);
        }
    }

    private final HttpServer server;

    JsonApiServer(Api api) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> handle(exchange, api));
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void handle(HttpExchange exchange, Api api) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            Reply reply = api.answer(new Request(head ? "GET" : exchange.getRequestMethod(),
                    segments(exchange.getRequestURI().getRawPath()), query(exchange.getRequestURI().getRawQuery()), headers, body));
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            if (reply.body() == null) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            Answers.send(exchange, reply.status(), "application/json", JSON.writeValueAsBytes(reply.body()));
        }
    }

    /** The path's segments, each decoded on its own, so that an escaped '/' stays inside its segment. */
    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                // A '+' in a path is itself, not a space as in a form.
                segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    /** The query's parameters, decoded; the first value of each. */
    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            query.putIfAbsent(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
