package org.contractfirst.conformance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A loopback proxy in front of a working server that breaks its contract in one way: a {@link Fault} sees each
 * request, may change it, answer it itself or forward it, and may change the answer.
 */
final class BrokenServer implements AutoCloseable {

    /** A request as the proxy received it. */
    record Request(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        Request withMethod(String other) {
            return new Request(other, pathAndQuery, headers, body);
        }

        Request withHeader(String name, String value) {
            return new Request(method, pathAndQuery, changed(headers, name, value), body);
        }

        Request withBody(String contentType, byte[] other) {
            return new Request(method, pathAndQuery, headers, other).withHeader("Content-Type", contentType);
        }

        /** The body as JSON; null where it is none that parses. */
        com.fasterxml.jackson.databind.JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                return null;
            }
        }
    }

    /** The headers with {@code name} set to {@code value}, or removed when it is null; names ignore case. */
    private static Map<String, String> changed(Map<String, String> headers, String name, String value) {
        Map<String, String> changed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        changed.putAll(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return changed;
    }

    /** An answer: status, headers and body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        Response withStatus(int other) {
            return new Response(other, headers, body);
        }

        Response withHeader(String name, String value) {
            return new Response(status, changed(headers, name, value), body);
        }

        Response withoutHeader(String name) {
            return withHeader(name, null);
        }

        Response withBody(UnaryOperator<String> change) {
            return new Response(status, headers, change.apply(new String(body)).getBytes());
        }

        static Response of(int status, String contentType, String body) {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return new Response(status, headers, body.getBytes());
        }
    }

    /** What the broken server does with a request, given the working server behind it. */
    @FunctionalInterface
    interface Fault {
        Response handle(Request request, Upstream upstream) throws IOException, InterruptedException;
    }

    /** The working server. */
    @FunctionalInterface
    interface Upstream {
        Response send(Request request) throws IOException, InterruptedException;
    }

    static {
        // Without TCP_NODELAY the JDK's server holds each small answer for a delayed ACK: ~40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "transfer-encoding",
            "expect", "upgrade", "keep-alive");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI upstream;

    BrokenServer(URI upstream, Fault fault) throws IOException {
        this.upstream = upstream;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> handle(exchange, fault));
        server.start();
    }

    /** The broken server's base URL, with the working server's base path. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + upstream.getRawPath());
    }

    private void handle(HttpExchange exchange, Fault fault) throws IOException {
        try (exchange) {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()),
                    headers, body);
            Response response = fault.handle(request, this::forward);
            response.headers().forEach((name, value) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    exchange.getResponseHeaders().add(name, value);
                }
            });
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            if (response.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Response forward(Request request) throws IOException, InterruptedException {
        URI target = URI.create("http://" + upstream.getHost() + ":" + upstream.getPort() + request.pathAndQuery());
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(target)
                .method(request.method(), request.body().length == 0 ? BodyPublishers.noBody()
                        : BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, value) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                builder.header(name, value);
            }
        });
        var response = client.send(builder.build(), BodyHandlers.ofByteArray());
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> headers.put(name, values.get(0)));
        return new Response(response.statusCode(), headers, response.body());
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
