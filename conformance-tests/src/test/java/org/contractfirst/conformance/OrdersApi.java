package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.conformance.JsonApiServer.Reply;
import org.contractfirst.conformance.JsonApiServer.Request;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.contractfirst.conformance.JsonApiServer.JSON;

/**
 * The Orders API of {@code realworld/orders.yaml}, served as its spec says: orders in memory under uuids the server
 * makes, a body checked against NewOrder before anything is written, an id that names nothing answered with the
 * documented 404. It starts empty: no id a client makes up names an order, only one a create answered with.
 */
final class OrdersApi implements JsonApiServer.Api {

    static final String SPEC = "src/test/resources/realworld/orders.yaml";

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Set<String> STATUSES = Set.of("pending", "paid", "shipped", "cancelled");

    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();

    @Override
    public Reply answer(Request request) {
        List<String> segments = request.segments();
        if (segments.isEmpty() || !segments.get(0).equals("orders") || segments.size() > 2) {
            return Reply.noSuchResource();
        }
        return segments.size() == 1 ? collection(request) : order(request, segments.get(1));
    }

    private Reply collection(Request request) {
        return switch (request.method()) {
            case "GET" -> Reply.of(200, JSON.createArrayNode().addAll(orders.values()));
            case "POST" -> create(request);
            default -> Reply.methods(request.method(), "GET, HEAD, OPTIONS, POST");
        };
    }

    private Reply create(Request request) {
        Optional<ObjectNode> body = request.jsonObject();
        Optional<String> problem = problem(body);
        if (problem.isPresent()) {
            return Reply.error(400, "bad_request", problem.get());
        }
        String id = UUID.randomUUID().toString();
        ObjectNode order = order(id, body.get());
        orders.put(id, order);
        return Reply.of(201, order).with("Location", "/orders/" + id);
    }

    private Reply order(Request request, String id) {
        if (!Set.of("GET", "PUT", "DELETE").contains(request.method())) {
            return Reply.methods(request.method(), "DELETE, GET, HEAD, OPTIONS, PUT");
        }
        if (!UUID_TEXT.matcher(id).matches()) {
            return Reply.error(400, "bad_request", "orderId: a uuid");
        }
        String key = id.toLowerCase(Locale.ROOT);
        if (request.method().equals("PUT")) {
            return replace(request, key);
        }
        if (!orders.containsKey(key)) {
            return notFound(id);
        }
        if (request.method().equals("GET")) {
            return Reply.of(200, orders.get(key));
        }
        orders.remove(key);
        return Reply.empty(204);
    }

    /** A PUT: its body checked first, so that a bad one is a 400 whether the order exists or not. */
    private Reply replace(Request request, String key) {
        Optional<ObjectNode> body = request.jsonObject();
        Optional<String> problem = problem(body);
        if (problem.isPresent()) {
            return Reply.error(400, "bad_request", problem.get());
        }
        if (!orders.containsKey(key)) {
            return notFound(key);
        }
        orders.put(key, order(key, body.get()));
        return Reply.of(200, orders.get(key));
    }

    private static Reply notFound(String id) {
        return Reply.error(404, "not_found", "no order " + id);
    }

    private static Optional<String> problem(Optional<ObjectNode> body) {
        return body.map(OrdersApi::problem).orElse(Optional.of("the body must be a JSON object sent as application/json"));
    }

    /** What makes the body no NewOrder; empty where it is one. Fields NewOrder does not declare are ignored. */
    private static Optional<String> problem(ObjectNode body) {
        if (!isText(body.get("item"), 1, 100)) {
            return Optional.of("item: a text of 1 to 100 characters is required");
        }
        JsonNode quantity = body.get("quantity");
        boolean whole = quantity != null && quantity.isNumber() && quantity.decimalValue().stripTrailingZeros().scale() <= 0;
        if (!whole || quantity.decimalValue().compareTo(BigDecimal.ONE) < 0
                || quantity.decimalValue().compareTo(BigDecimal.valueOf(1000)) > 0) {
            return Optional.of("quantity: an integer from 1 to 1000 is required");
        }
        if (body.has("status") && !(body.get("status").isTextual() && STATUSES.contains(body.get("status").asText()))) {
            return Optional.of("status: one of " + STATUSES);
        }
        if (body.has("note") && !isText(body.get("note"), 0, 500)) {
            return Optional.of("note: a text of at most 500 characters");
        }
        return Optional.empty();
    }

    /** A text of {@code min} to {@code max} characters, counted as a person counts them: in code points. */
    private static boolean isText(JsonNode value, int min, int max) {
        if (value == null || !value.isTextual()) {
            return false;
        }
        int length = value.asText().codePointCount(0, value.asText().length());
        return length >= min && length <= max;
    }

    /** The order a valid NewOrder body describes, under {@code id}, its status {@code pending} unless given. */
    private static ObjectNode order(String id, ObjectNode body) {
        ObjectNode order = JSON.createObjectNode().put("id", id).put("item", body.get("item").asText())
                .put("quantity", body.get("quantity").decimalValue().intValueExact())
                .put("status", body.path("status").asText("pending"));
        if (body.has("note")) {
            order.put("note", body.get("note").asText());
        }
        return order;
    }
}
