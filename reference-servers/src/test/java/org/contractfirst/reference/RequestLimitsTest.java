package org.contractfirst.reference;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request line and header fields hold fewer than 96 KiB (98,304 bytes), as every spec documents: the longest
 * request that fits is served as its operation documents; one byte more gets 431, and a request line alone over the
 * limit 414, both in the API's error shape. A subclass names a read, where its query (or a header, for an operation
 * without one) grows, and what serving it means.
 */
public abstract class RequestLimitsTest extends ReferenceServerTest {

    protected static final int LIMIT = MalformedRequestsTest.HEADER_LIMIT;

    /** The request target, under the base path, grown by exactly {@code padding} characters from the shortest. */
    protected abstract String target(int padding);

    /** The header fields the read needs: its credential. */
    protected abstract List<String> headers();

    /** The status a served request gets. */
    protected abstract int servedStatus();

    /** Fails unless {@code body} is the API's error body for {@code status}. */
    protected abstract void assertErrorShape(int status, JsonPath body);

    private String head(String target) {
        return "GET " + target + " HTTP/1.1\r\n" + "Host: 127.0.0.1\r\nConnection: close\r\n"
                + headers().stream().map(line -> line + "\r\n").collect(Collectors.joining());
    }

    private RawHttp.Answer send(String head) {
        return RawHttp.exchange(server.baseUri(), RawHttp.bytes(head), new byte[0]);
    }

    /** The request whose request line and header fields take {@code bytes} bytes, grown in its query. */
    private String headOf(int bytes) {
        String shortest = head(server.baseUri().getPath() + target(0));
        String head = head(server.baseUri().getPath() + target(bytes - shortest.length()));
        assertEquals(bytes, head.length());
        return head;
    }

    @Test
    void theLongestRequestThatFitsIsServed() {
        RawHttp.Answer answer = send(headOf(LIMIT - 1));
        assertEquals(servedStatus(), answer.status(), answer.body());
    }

    @Test
    void oneByteMoreIs431InTheApisShape() {
        RawHttp.Answer answer = send(headOf(LIMIT));
        assertEquals(431, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/json"));
        assertErrorShape(431, JsonPath.from(answer.body()));
    }

    @Test
    void aRequestLineOverTheLimitIs414InTheApisShape() {
        String shortest = "GET " + server.baseUri().getPath() + target(0) + " HTTP/1.1\r\n";
        String line = "GET " + server.baseUri().getPath() + target(LIMIT + 1 - shortest.length()) + " HTTP/1.1\r\n";
        RawHttp.Answer answer = send(line + "Host: 127.0.0.1\r\nConnection: close\r\n");
        assertEquals(414, answer.status(), answer.body());
        assertErrorShape(414, JsonPath.from(answer.body()));
    }

    /**
     * A repeated query parameter of e-mail addresses, {@code name=a@x.io&name=...}, exactly {@code length}
     * characters long (at least 12), each address at most {@code maxLength} characters.
     */
    protected static String addresses(String name, int length, int maxLength) {
        StringBuilder query = new StringBuilder();
        int left = length;
        while (left > 0) {
            String prefix = (query.length() == 0 ? "" : "&") + name + "=";
            int item = Math.min(maxLength, left - prefix.length());
            int rest = left - prefix.length() - item;
            if (rest > 0 && rest < prefix.length() + 6) {
                item -= prefix.length() + 6 - rest;
            }
            query.append(prefix).append("a".repeat(item - 5)).append("@x.io");
            left -= prefix.length() + item;
        }
        return query.toString();
    }
}
