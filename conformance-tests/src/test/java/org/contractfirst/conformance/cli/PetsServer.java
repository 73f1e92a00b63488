package org.contractfirst.conformance.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.contractfirst.conformance.Answers;
import org.contractfirst.conformance.Multipart;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Pets API of the Swagger 2.0 spec {@code swagger2/pets.yaml}, served as its conversion to OpenAPI 3.0 says, behind
 * a gateway that the spec does not describe: every request without {@code X-Api-Key: <gatewayKey>} is refused with a
 * 401 before the API sees it. It keeps what it answered, and how many requests came without the gateway's key.
 */
final class PetsServer implements AutoCloseable {

    static final String SPEC = "src/test/resources/swagger2/pets.yaml";
    static final String CREDENTIAL = "pets-demo-token";

    private static final String BASE = "/v1";
    private static final Pattern PET = Pattern.compile(BASE + "/pets/([^/]+)");
    private static final Pattern PHOTO = Pattern.compile(BASE + "/pets/([^/]+)/photo");
    private static final Pattern ID = Pattern.compile("p[0-9]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without TCP_NODELAY the JDK's server holds each small answer for a delayed ACK: ~40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final String gatewayKey;
    private final HttpServer server;
    private final Map<String, ObjectNode> pets = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(1);
    private final Set<Integer> answered = new TreeSet<>();
    private int withoutGatewayKey;

    PetsServer(String gatewayKey) throws IOException {
        this.gatewayKey = gatewayKey;
        pets.put("p1", JSON.createObjectNode().put("id", "p1").put("name", "Rex"));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
    }

    /** The statuses the server answered with, the gateway's refusals included. */
    synchronized Set<Integer> answered() {
        return Set.copyOf(answered);
    }

    /** How many requests reached the server without the gateway's key. */
    synchronized int withoutGatewayKey() {
        return withoutGatewayKey;
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (!gatewayKey.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                withoutGatewayKey++;
                empty(exchange, 401);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            Matcher pet = PET.matcher(path);
            Matcher photo = PHOTO.matcher(path);
            if (path.equals(BASE + "/pets")) {
                route(exchange, "GET, HEAD, OPTIONS, POST", () -> exchange.getRequestMethod().equals("POST")
                        ? add(exchange.getRequestHeaders().getFirst("Content-Type"), body)
                        : list(exchange.getRequestURI().getRawQuery()));
            } else if (pet.matches()) {
                route(exchange, "GET, HEAD, OPTIONS", () -> pet(pet.group(1)));
            } else if (photo.matches()) {
                route(exchange, "OPTIONS, POST", () -> photo(photo.group(1), exchange, body));
            } else {
                empty(exchange, 404);
            }
        }
    }

    /** An answer: its status and, for a success, the pet or pets it carries. */
    private record Answer(int status, JsonNode body) {

        static Answer of(int status) {
            return new Answer(status, null);
        }
    }

    private interface Handler {
        Answer handle() throws IOException;
    }

    /** OPTIONS and methods the path has not answered here; the others, once the credential is right, by the handler. */
    private void route(HttpExchange exchange, String allowed, Handler handler) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("OPTIONS") || !allowed.contains(method)) {
            exchange.getResponseHeaders().set("Allow", allowed);
            empty(exchange, method.equals("OPTIONS") ? 204 : 405);
            return;
        }
        if (!CREDENTIAL.equals(exchange.getRequestHeaders().getFirst("X-Pets-Key"))) {
            empty(exchange, 401);
            return;
        }
        Answer answer = handler.handle();
        if (answer.body() == null) {
            empty(exchange, answer.status());
        } else {
            full(exchange, answer.status(), answer.body());
        }
    }

    private Answer list(String query) {
        int limit = 100;
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                if (nameValue[0].equals("limit")) {
                    try {
                        limit = Integer.parseInt(nameValue.length > 1 ? nameValue[1] : "");
                    } catch (NumberFormatException notAnInteger) {
                        return Answer.of(400);
                    }
                }
            }
        }
        if (limit < 1 || limit > 100) {
            return Answer.of(400);
        }
        ArrayNode list = JSON.createArrayNode();
        pets.values().stream().limit(limit).forEach(list::add);
        return new Answer(200, list);
    }

    private Answer add(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return Answer.of(400);
        }
        JsonNode read;
        try {
            read = JSON.readTree(body);
        } catch (IOException unreadable) {
            return Answer.of(400);
        }
        if (read == null || !read.isObject() || !text(read.get("name"), 1, 50)
                || read.has("tag") && !text(read.get("tag"), 0, 20)) {
            return Answer.of(400);
        }
        ObjectNode added = ((ObjectNode) read).deepCopy().put("id", "p" + ids.incrementAndGet());
        pets.put(added.get("id").asText(), added);
        return new Answer(201, added);
    }

    private Answer pet(String id) {
        if (!ID.matcher(id).matches()) {
            return Answer.of(400);
        }
        return pets.containsKey(id) ? new Answer(200, pets.get(id)) : Answer.of(404);
    }

    private Answer photo(String id, HttpExchange exchange, byte[] body) {
        if (!ID.matcher(id).matches()) {
            return Answer.of(400);
        }
        Optional<Map<String, String>> parts = Multipart.parts(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        if (parts.isEmpty() || !parts.get().containsKey("photo")) {
            return Answer.of(400);
        }
        String caption = parts.get().get("caption");
        if (caption != null && caption.codePointCount(0, caption.length()) > 80) {
            return Answer.of(400);
        }
        return Answer.of(pets.containsKey(id) ? 204 : 404);
    }

    private static boolean text(JsonNode value, int least, int most) {
        if (value == null || !value.isTextual()) {
            return false;
        }
        int length = value.asText().codePointCount(0, value.asText().length());
        return length >= least && length <= most;
    }

    private void empty(HttpExchange exchange, int status) throws IOException {
        answered.add(status);
        exchange.sendResponseHeaders(status, -1);
    }

    /** A success in the media type asked for: XML where the Accept header asks for it alone, else JSON. */
    private void full(HttpExchange exchange, int status, JsonNode body) throws IOException {
        answered.add(status);
        boolean xml = List.of("application/xml").equals(accepted(exchange));
        Answers.send(exchange, status, xml ? "application/xml" : "application/json",
                xml ? xml(body).getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body));
    }

    private static List<String> accepted(HttpExchange exchange) {
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        return accept == null ? List.of() : List.of(accept.split(";")[0].trim().toLowerCase(Locale.ROOT));
    }

    /** A pet as {@code <Pet>}, its fields as child elements; pets as a {@code <Pets>} of them. */
    private static String xml(JsonNode body) {
        if (body.isArray()) {
            StringBuilder pets = new StringBuilder("<Pets>");
            body.forEach(pet -> pets.append(xml(pet)));
            return pets.append("</Pets>").toString();
        }
        StringBuilder pet = new StringBuilder("<Pet>");
        body.fields().forEachRemaining(field -> pet.append('<').append(field.getKey()).append('>')
                .append(field.getValue().asText().replace("&", "&amp;").replace("<", "&lt;"))
                .append("</").append(field.getKey()).append('>'));
        return pet.append("</Pet>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
