package org.contractfirst.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.conformance.JsonApiServer.Reply;
import org.contractfirst.conformance.JsonApiServer.Request;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.contractfirst.conformance.JsonApiServer.JSON;

/**
 * The Thermostat API of {@code realworld/thermostat.yaml}, served as its spec says: each room's target temperature is
 * a bare JSON number, read by GET and replaced by PUT.
 */
final class ThermostatApi implements JsonApiServer.Api {

    static final String SPEC = "src/test/resources/realworld/thermostat.yaml";

    private static final Set<String> ROOMS = Set.of("kitchen", "hall");
    private static final int UNSET = 20;

    private final Map<String, Integer> targets = new HashMap<>();

    @Override
    public Reply answer(Request request) {
        List<String> segments = request.segments();
        if (segments.size() != 3 || !segments.get(0).equals("rooms") || !segments.get(2).equals("target")) {
            return Reply.noSuchResource();
        }
        if (!Set.of("GET", "PUT").contains(request.method())) {
            return Reply.methods(request.method(), "GET, HEAD, PUT, OPTIONS");
        }
        String room = segments.get(1);
        if (!ROOMS.contains(room)) {
            return Reply.error(404, "not_found", "no room is named " + room);
        }
        if (request.method().equals("GET")) {
            return Reply.of(200, JSON.getNodeFactory().numberNode(targets.getOrDefault(room, UNSET)));
        }
        if (!request.header("Content-Type").map(type -> type.split(";")[0].trim()).filter("application/json"::equalsIgnoreCase)
                .isPresent()) {
            return Reply.error(415, "unsupported_media_type", "send the temperature as application/json");
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (IOException unreadable) {
            return Reply.error(400, "bad_request", "the body is not JSON");
        }
        if (body == null || !body.isIntegralNumber() || body.asLong() < 5 || body.asLong() > 30) {
            return Reply.error(400, "bad_request", "a target is a whole number of degrees from 5 to 30");
        }
        targets.put(room, body.intValue());
        return Reply.of(200, body);
    }
}
