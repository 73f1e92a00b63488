package org.contractfirst.reference;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of malformed request, sent byte for byte on the API's write: a documented 4xx in the API's error shape,
 * no stack trace and no container page, and the write not done. A subclass names the write, how to read the state
 * it would change, the status its spec documents for a request it cannot read, and its error shape.
 */
public abstract class MalformedRequestsTest extends ReferenceServerTest {

    /** The request line and header fields may hold fewer bytes than this, as the specs document. */
    protected static final int HEADER_LIMIT = 98_304;

    /** A write that changes the state when it is read: its method, path under the base path, headers and body. */
    public record Write(String method, String path, List<String> headers, byte[] body) {
    }

    /** One way to break a request: of its target, or a header field added. */
    public record Malformation(String name, UnaryOperator<String> target, List<String> headers, Refusal refusal) {
        @Override
        public String toString() {
            return name;
        }
    }

    public enum Refusal { UNREADABLE, URI_TOO_LONG, HEADERS_TOO_LARGE }

    protected abstract Write write();

    /** The state the write changes, as a GET answers it. */
    protected abstract String state();

    /** The status the spec documents for a request whose URL, headers or body cannot be read. */
    protected abstract int unreadableStatus();

    /** Fails unless {@code body} is the API's error body for {@code status}. */
    protected abstract void assertErrorShape(int status, JsonPath body);

    static Stream<Arguments> malformations() {
        return Stream.of(
                inTarget("a bad escape in the path", path -> path + "%ZZ"),
                inTarget("a '%' ending the path", path -> path + "%"),
                inTarget("a bad escape in the query", path -> path + "?x=%zz"),
                inTarget("a '%' ending the query", path -> path + "?x=a%"),
                inTarget("an escaped NUL in the path", path -> path + "%00"),
                inTarget("an escaped NUL in the query", path -> path + "?x=a%00b"),
                inTarget("a control byte in the path", path -> path + "\u0001"),
                inTarget("a control byte in the query", path -> path + "?x=a\u0001b"),
                inTarget("a DEL byte in the query", path -> path + "?x=a\u007fb"),
                inTarget("a '..' segment", path -> climb(path, "x/..")),
                inTarget("an escaped '..' segment", path -> climb(path, "x/%2e%2E")),
                inTarget("a '..' made of escaped slashes", path -> climb(path, "x%2F..%2F").replace("%2F/", "%2F")),
                inTarget("a '.' segment", path -> climb(path, ".")),
                inTarget("escaped bytes in the path that are not UTF-8", path -> path + "%C3%28"),
                inTarget("raw bytes in the path that are not UTF-8", path -> path + "\u00ff"),
                inTarget("escaped bytes in the query that are not UTF-8", path -> path + "?x=%FF"),
                inTarget("raw bytes in the query that are not UTF-8", path -> path + "?x=\u00ff\u00fe"),
                inHeader("a NUL in a header", "X-Probe: a\u0000b"),
                inHeader("a control byte in a header", "X-Probe: a\u001bb"),
                inHeader("bytes in a header that are not UTF-8", "X-Probe: \u00ff\u00fe"),
                inHeader("UTF-8 cut short in a header", "X-Probe: caf\u00c3"),
                Arguments.of(new Malformation("a request line over the limit",
                        path -> path + "?x=" + "a".repeat(HEADER_LIMIT), List.of(), Refusal.URI_TOO_LONG)),
                Arguments.of(new Malformation("a header section over the limit", path -> path,
                        List.of("X-Probe: " + "a".repeat(HEADER_LIMIT)), Refusal.HEADERS_TOO_LARGE)),
                Arguments.of(new Malformation("more than 100 header fields", path -> path,
                        IntStream.range(0, 101).mapToObj(i -> "X-Probe-" + i + ": " + i).toList(),
                        Refusal.HEADERS_TOO_LARGE)));
    }

    private static Arguments inTarget(String name, UnaryOperator<String> target) {
        return Arguments.of(new Malformation(name, target, List.of(), Refusal.UNREADABLE));
    }

    private static Arguments inHeader(String name, String header) {
        return Arguments.of(new Malformation(name, path -> path, List.of(header), Refusal.UNREADABLE));
    }

    /** {@code /a/b/me} with {@code step} before its last segment: {@code /a/b/x/../me}, which climbs back to it. */
    private static String climb(String path, String step) {
        int last = path.lastIndexOf('/');
        return path.substring(0, last + 1) + step + "/" + path.substring(last + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformations")
    void aMalformedWriteIsRefusedInTheApisShapeAndChangesNothing(Malformation malformation) {
        String before = state();
        Write write = write();
        String target = malformation.target().apply(server.baseUri().getPath() + write.path());
        RawHttp.Answer answer = send(write.method(), target, write.headers(), malformation.headers(), write.body());
        int status = switch (malformation.refusal()) {
            case UNREADABLE -> unreadableStatus();
            case URI_TOO_LONG -> 414;
            case HEADERS_TOO_LARGE -> 431;
        };
        assertRefused(answer, status);
        assertEquals(before, state(), "the write was done");
    }

    /** Sends a raw request with a Content-Length and the API's write headers. */
    protected RawHttp.Answer send(String method, String target, List<String> headers, List<String> extra, byte[] body) {
        String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + Stream.concat(headers.stream(), extra.stream()).map(line -> line + "\r\n").collect(Collectors.joining());
        return RawHttp.exchange(server.baseUri(), RawHttp.bytes(head), body);
    }

    protected void assertRefused(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type"));
        for (String leak : List.of("Exception", "\tat ", "<html", "Grizzly")) {
            assertFalse(answer.body().contains(leak), "the answer shows '" + leak + "': " + answer.body());
        }
        assertErrorShape(status, JsonPath.from(answer.body()));
    }

    protected static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
