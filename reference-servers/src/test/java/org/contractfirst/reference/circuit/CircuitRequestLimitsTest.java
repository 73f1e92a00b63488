package org.contractfirst.reference.circuit;

import io.restassured.path.json.JsonPath;
import org.contractfirst.reference.RawHttp;
import org.contractfirst.reference.RequestLimitsTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The id lists have no maximum count: the longest list of valid ids (each at most 6,500 characters, as the spec
 * says) that fits is read, and names no one (404); {@code searchUsersList}'s names too (each at most 2,048). The
 * longest single values, in the worst encoding, are read by {@code CircuitCodePointLengthsTest}.
 */
class CircuitRequestLimitsTest extends RequestLimitsTest {

    @Override
    protected String api() {
        return "circuit";
    }

    @Override
    protected String target(int padding) {
        return "/users/presence?" + addresses("userIds", 5000 + padding, 6500);
    }

    @Override
    protected List<String> headers() {
        return List.of("Authorization: Bearer " + CircuitReference.ALL_TOKEN);
    }

    @Override
    protected int servedStatus() {
        return 404;
    }

    @Override
    protected void assertErrorShape(int status, JsonPath body) {
        assertEquals(status, body.getInt("code"));
    }

    @Test
    void theLongestListOfNamesThatFitsIsRead() {
        String line = "GET " + server.baseUri().getPath() + "/users/list?";
        String headers = " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer "
                + CircuitReference.ALL_TOKEN + "\r\n";
        String query = addresses("name", LIMIT - 1 - line.length() - headers.length(), 2048);
        RawHttp.Answer answer = RawHttp.exchange(server.baseUri(), RawHttp.bytes(line + query + headers), new byte[0]);
        assertEquals(404, answer.status(), answer.body());
    }
}
