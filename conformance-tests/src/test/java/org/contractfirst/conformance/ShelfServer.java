package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Shelf API of {@code shelf/shelf.yaml}, served as its spec says, keeping its books in memory: the stateful
 * target the suite's stateful checks are proven on (a write paired with its read by a link, a Location or the same
 * path; a created book deleted). Books start with {@code b1}.
 */
final class ShelfServer implements AutoCloseable {

    static final String SPEC = "src/test/resources/shelf/shelf.yaml";
    static final ApiSpec SHELF = ApiSpec.read("shelf", SPEC);

    /** The Shelf spec with {@code change} made to its text: a variant of the API for one test. */
    static ApiSpec variant(java.util.function.UnaryOperator<String> change) throws IOException {
        return SpecVariants.of(SPEC, "shelf", change);
    }
    private static final String BASE = "/shelf";
    private static final Pattern BOOK = Pattern.compile(BASE + "/books/([^/]+)");
    private static final Pattern ID = Pattern.compile("b[0-9]{1,9}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Integer> MAX_LENGTHS = Map.of("title", 200, "author", 100, "note", 500);
    private static final Map<String, Integer> MIN_LENGTHS = Map.of("title", 1, "author", 1, "note", 0);

    static {
        // Without TCP_NODELAY the JDK's server holds each small answer for a delayed ACK: ~40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Map<String, ObjectNode> books = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(1);

    ShelfServer() throws IOException {
        ObjectNode first = JSON.createObjectNode().put("id", "b1").put("title", "A Wizard of Earthsea")
                .put("author", "Ursula K. Le Guin").put("version", 1);
        books.put("b1", first);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * The failures of every check but {@code transport_robustness} (the JDK's HTTP server refuses unreadable URLs
     * with a page of its own), strictly, against this server as {@code spec} describes it behind {@code fault}.
     */
    List<Failure> failuresBehind(ApiSpec spec, BrokenServer.Fault fault) throws IOException {
        return failuresBehind(spec, Credentials.none(), fault);
    }

    /** As {@link #failuresBehind(ApiSpec, BrokenServer.Fault)}, the run carrying {@code credentials}. */
    List<Failure> failuresBehind(ApiSpec spec, Credentials credentials, BrokenServer.Fault fault) throws IOException {
        List<Failure> failures = sessionBehind(spec, credentials, fault, true).failures();
        failures.forEach(failure -> System.out.println(failure + "\n"));
        return failures;
    }

    /** The whole run behind {@code fault}, its findings too. */
    Recorder sessionBehind(ApiSpec spec, BrokenServer.Fault fault) throws IOException {
        return sessionBehind(spec, Credentials.none(), fault, true);
    }

    /** The whole run behind {@code fault}, as a target that does not allow destructive checks. */
    Recorder nonDestructiveSessionBehind(ApiSpec spec, BrokenServer.Fault fault) throws IOException {
        return sessionBehind(spec, Credentials.none(), fault, false);
    }

    private Recorder sessionBehind(ApiSpec spec, Credentials credentials, BrokenServer.Fault fault, boolean destructive)
            throws IOException {
        try (BrokenServer broken = new BrokenServer(baseUri(), fault)) {
            return check(spec, broken.baseUri(), credentials, destructive);
        }
    }

    static Recorder check(ApiSpec spec, URI base) {
        return check(spec, base, Credentials.none(), true);
    }

    private static Recorder check(ApiSpec spec, URI base, Credentials credentials, boolean destructive) {
        RunOptions defaults = RunOptions.defaults(42);
        RunOptions options = new RunOptions(42, defaults.maxRequestsPerOperation(), java.util.Set.of(),
                java.util.Set.of("transport_robustness"), true, defaults.connectTimeout(), defaults.readTimeout(), null);
        return Conformance.runAll(new Target(spec, base, credentials, Map.of(), destructive, false), options);
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            Matcher book = BOOK.matcher(path);
            if (path.equals(BASE + "/books")) {
                collection(exchange, method, body);
            } else if (book.matches()) {
                item(exchange, method, book.group(1), body);
            } else {
                answer(exchange, 404, error("no such resource"));
            }
        }
    }

    private void collection(HttpExchange exchange, String method, byte[] body) throws IOException {
        if (method.equals("OPTIONS")) {
            allow(exchange, 204, "OPTIONS, POST");
        } else if (!method.equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "OPTIONS, POST");
            answer(exchange, 405, error("the method is not allowed here"));
        } else {
            Object read = read(exchange, body, true);
            if (read instanceof Refusal refusal) {
                answer(exchange, refusal.status(), error(refusal.message()));
                return;
            }
            String id = "b" + ids.incrementAndGet();
            ObjectNode created = ((ObjectNode) read).deepCopy();
            created.put("id", id).put("version", 1);
            books.put(id, created);
            exchange.getResponseHeaders().set("Location", BASE + "/books/" + id);
            answer(exchange, 201, created);
        }
    }

    private void item(HttpExchange exchange, String method, String id, byte[] body) throws IOException {
        String allowed = "DELETE, GET, HEAD, OPTIONS, PATCH, PUT";
        ObjectNode book = ID.matcher(id).matches() ? books.get(id) : null;
        switch (method) {
            case "OPTIONS" -> allow(exchange, 204, allowed);
            case "GET", "HEAD" -> {
                if (book == null) {
                    answer(exchange, 404, error("no book " + id));
                } else {
                    answer(exchange, 200, book);
                }
            }
            case "PUT", "PATCH" -> {
                boolean replace = method.equals("PUT");
                Object read = read(exchange, body, replace);
                if (read instanceof Refusal refusal) {
                    answer(exchange, refusal.status(), error(refusal.message()));
                } else if (book == null) {
                    answer(exchange, 404, error("no book " + id));
                } else {
                    ObjectNode changed = replace ? ((ObjectNode) read).deepCopy() : book.deepCopy().setAll((ObjectNode) read);
                    changed.put("id", id).put("version", book.get("version").asInt() + 1);
                    books.put(id, changed);
                    answer(exchange, 200, changed);
                }
            }
            case "DELETE" -> {
                if (book == null) {
                    answer(exchange, 404, error("no book " + id));
                } else {
                    books.remove(id);
                    exchange.sendResponseHeaders(204, -1);
                }
            }
            default -> {
                exchange.getResponseHeaders().set("Allow", allowed);
                answer(exchange, 405, error("the method is not allowed here"));
            }
        }
    }

    private record Refusal(int status, String message) {
    }

    /** The body as a new book ({@code whole}) or as changes to one; a refusal where it is neither. */
    private static Object read(HttpExchange exchange, byte[] body, boolean whole) {
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (body.length == 0) {
            return new Refusal(400, "the body is required");
        }
        if (!type.toLowerCase(java.util.Locale.ROOT).split(";")[0].trim().equals("application/json")) {
            return new Refusal(415, "the body must be application/json");
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException | RuntimeException unreadable) {
            return new Refusal(400, "the body is not JSON");
        }
        if (!(json instanceof ObjectNode object)) {
            return new Refusal(400, "the body must be an object");
        }
        ObjectNode fields = JSON.createObjectNode();
        for (String field : MAX_LENGTHS.keySet()) {
            JsonNode value = object.get(field);
            if (value == null) {
                if (whole && !field.equals("note")) {
                    return new Refusal(400, field + ": required");
                }
                continue;
            }
            int length = value.isTextual() ? value.asText().codePointCount(0, value.asText().length()) : -1;
            if (length < MIN_LENGTHS.get(field) || length > MAX_LENGTHS.get(field)) {
                return new Refusal(400, field + ": a text of " + MIN_LENGTHS.get(field) + " to " + MAX_LENGTHS.get(field)
                        + " characters");
            }
            fields.set(field, value);
        }
        for (String field : java.util.List.of("rating", "price", "tags", "edition")) {
            JsonNode value = object.get(field);
            if (value == null) {
                continue;
            }
            Optional<String> wrong = switch (field) {
                case "rating" -> value.isIntegralNumber() && value.asLong() >= 1 && value.asLong() <= 5 ? Optional.empty()
                        : Optional.of("an integer from 1 to 5");
                case "price" -> price(value);
                case "tags" -> tags(value);
                default -> edition(value);
            };
            if (wrong.isPresent()) {
                return new Refusal(400, field + ": " + wrong.get());
            }
            fields.set(field, value);
        }
        return fields;
    }

    /** Above 0, at most 1000, in cents. */
    private static Optional<String> price(JsonNode value) {
        if (!value.isNumber()) {
            return Optional.of("a number");
        }
        java.math.BigDecimal price = value.decimalValue();
        boolean cents = price.remainder(new java.math.BigDecimal("0.01")).compareTo(java.math.BigDecimal.ZERO) == 0;
        return price.signum() > 0 && price.compareTo(java.math.BigDecimal.valueOf(1000)) <= 0 && cents ? Optional.empty()
                : Optional.of("above 0, at most 1000, in cents");
    }

    /** An object whose year, required, is an integer from 1450 to 2100. */
    private static Optional<String> edition(JsonNode value) {
        JsonNode year = value.path("year");
        return value.isObject() && year.isIntegralNumber() && year.asLong() >= 1450 && year.asLong() <= 2100
                ? Optional.empty() : Optional.of("an object with a year from 1450 to 2100");
    }

    /** At most five different texts of 1 to 20 characters. */
    private static Optional<String> tags(JsonNode value) {
        if (!value.isArray() || value.size() > 5) {
            return Optional.of("at most 5 tags");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode tag : value) {
            int length = tag.isTextual() ? tag.asText().codePointCount(0, tag.asText().length()) : -1;
            if (length < 1 || length > 20 || !seen.add(tag.asText())) {
                return Optional.of("different texts of 1 to 20 characters");
            }
        }
        return Optional.empty();
    }

    private static void allow(HttpExchange exchange, int status, String methods) throws IOException {
        exchange.getResponseHeaders().set("Allow", methods);
        exchange.sendResponseHeaders(status, -1);
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("message", message);
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        Answers.send(exchange, status, "application/json", JSON.writeValueAsBytes(body));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
