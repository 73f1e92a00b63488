package org.contractfirst.server.runtime.mock;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A request to a mock as the wire carried it: its segments below the base path, its query. */
class MockRequestTest {

    private final MockRequest request = new MockRequest(List.of("users", "u 7", "orders", "42"),
            Map.of("tag", List.of("a", "b"), "empty", List.of()), Optional.empty(), "", "alice",
            URI.create("http://127.0.0.1:8080/"));

    @Test
    void aPathIsItsFirstSegments() {
        assertEquals("/users/u 7", request.path(2));
        assertEquals("/users/u 7/orders/42", request.path(4));
        assertEquals("/", request.path(0));
    }

    @Test
    void aPathParameterIsTheSegmentItsTemplateNames() {
        assertEquals(Optional.of("u 7"), request.pathParameter("/users/{userId}/orders/{orderId}", "userId"));
        assertEquals(Optional.of("42"), request.pathParameter("/users/{userId}/orders/{orderId}", "orderId"));
        assertEquals(Optional.empty(), request.pathParameter("/users/{userId}/orders/{orderId}", "id"));
        assertEquals(Optional.empty(), request.pathParameter("/users/{userId}", "userId"), "a template of another length");
        assertEquals(Optional.empty(), request.pathParameter("/users/{userId}/orders/x{orderId}", "orderId"),
                "only a whole segment");
    }

    @Test
    void aQueryParameterIsItsFirstValue() {
        assertEquals(Optional.of("a"), request.parameter("tag"));
        assertEquals(Optional.empty(), request.parameter("empty"));
        assertEquals(Optional.empty(), request.parameter("absent"));
    }
}
