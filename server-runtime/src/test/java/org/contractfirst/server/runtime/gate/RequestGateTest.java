package org.contractfirst.server.runtime.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.pipeline.ErrorKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate's part in Grizzly, over a raw socket so that the bytes are exactly those sent: what Grizzly cannot parse
 * ({@link UnparsableRequests}) and a URL or header that cannot be read ({@link RequestGate}), each answered in the
 * API's error shape with the status it gives the kind.
 */
class RequestGateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ItemsApi.Items items = new ItemsApi.Items();
    private ApiServer server;

    @BeforeEach
    void start() {
        server = ApiServer.start(new ItemsApi.Definition(), items, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The status line's code and the body of the answer to {@code head} (request line and headers, no body). */
    private record Raw(int status, String headers, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    private Raw send(String requestLineAndHeaders) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.baseUri().getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(requestLineAndHeaders.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (SocketException answeredBeforeTheEnd) {
                // The server may answer and close while a request too large to read is still being sent.
            }
            return read(socket.getInputStream());
        }
    }

    private static Raw read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        String text = "";
        int headerEnd = -1;
        int length = -1;
        while (true) {
            int count;
            try {
                count = in.read(buffer);
            } catch (SocketException reset) {
                break;
            }
            if (count < 0) {
                break;
            }
            received.write(buffer, 0, count);
            text = received.toString(StandardCharsets.ISO_8859_1);
            headerEnd = text.indexOf("\r\n\r\n");
            if (headerEnd >= 0 && length < 0) {
                for (String line : text.substring(0, headerEnd).split("\r\n")) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
            }
            if (headerEnd >= 0 && length >= 0 && text.length() >= headerEnd + 4 + length) {
                break;
            }
        }
        assertTrue(headerEnd > 0, "no answer: " + text);
        String headers = text.substring(0, headerEnd);
        String content = text.substring(headerEnd + 4);
        if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
            content = dechunked(content);
        }
        String body = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new Raw(Integer.parseInt(headers.split(" ", 3)[1]), headers, body);
    }

    /** A chunked body's content: each chunk's size in hex, its bytes, up to the last chunk, of size 0. */
    private static String dechunked(String chunked) {
        StringBuilder content = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return content.toString();
            }
            content.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static String get(String target, String... headers) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                .append("Authorization: Bearer reader\r\nConnection: close\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return request.append("\r\n").toString();
    }

    /** The answer is the API's: the status its shape gives the kind, and the kind's name in a JSON body. */
    private void assertRefused(ErrorKind kind, Raw answer) throws IOException {
        assertEquals(items.errors().error(kind, "").getStatus(), answer.status(), answer.headers() + "\n" + answer.body());
        assertEquals(kind.name(), answer.json().path("kind").asText(), answer.body());
        assertTrue(answer.headers().toLowerCase().contains("content-type: application/json"), answer.headers());
    }

    @Test
    void aReadableRequestIsServed() throws IOException {
        Raw answer = send(get("/v1/items/a"));

        assertEquals(200, answer.status(), answer.body());
        assertEquals("a", answer.json().path("name").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/items/%ZZ", "/v1/items/a%", "/v1/items/%00", "/v1/items/%C3%28",
            "/v1/items/../items/a", "/v1/items/%2e%2e/x", "/v1/items/a?x=%zz", "/v1/items/a?x=%FF"})
    void aUrlThatCannotBeReadIsMalformedInput(String target) throws IOException {
        assertRefused(ErrorKind.MALFORMED_INPUT, send(get(target)));
    }

    @Test
    void aRawByteThatIsNotUtf8InThePathIsMalformedInput() throws IOException {
        assertRefused(ErrorKind.MALFORMED_INPUT, send(get("/v1/items/caf\u00e9")));
    }

    @Test
    void aHeaderThatCannotBeReadIsMalformedInput() throws IOException {
        Raw control = send(get("/v1/items/a", "X-Probe: a\u0001b"));
        Raw notUtf8 = send(get("/v1/items/a", "X-Probe: caf\u00c3"));

        assertRefused(ErrorKind.MALFORMED_INPUT, control);
        assertTrue(control.json().path("message").asText().contains("0x01"), control.body());
        assertRefused(ErrorKind.MALFORMED_INPUT, notUtf8);
    }

    @Test
    void aHeaderInUtf8IsRead() throws IOException {
        Raw answer = send(get("/v1/items/a", "X-Probe: caf\u00c3\u00a9"));

        assertEquals(200, answer.status(), answer.body());
    }

    @Test
    void aRefusedRequestReachesNoOperationEvenWithoutCredentials() throws IOException {
        Raw answer = send("GET /v1/items/%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertRefused(ErrorKind.MALFORMED_INPUT, answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/items/a", "/v2/items/a", "/v1x/items/a", "/"})
    void aPathOutsideTheBasePathIsNotFound(String target) throws IOException {
        assertRefused(ErrorKind.NOT_FOUND, send(get(target)));
    }

    @Test
    void aRequestLineLongerThanTheHeaderLimitIsUriTooLong() throws IOException {
        String target = "/v1/items/" + "a".repeat(items.maxHeaderBytes() + 1024);

        Raw answer = send(get(target));

        assertRefused(ErrorKind.URI_TOO_LONG, answer);
    }

    @Test
    void aHeaderSectionOverTheHeaderLimitIsHeadersTooLarge() throws IOException {
        String[] headers = new String[items.maxHeaderBytes() / 4096 + 2];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = "X-Filler-" + i + ": " + "f".repeat(4096);
        }

        Raw answer = send(get("/v1/items/a", headers));

        assertRefused(ErrorKind.HEADERS_TOO_LARGE, answer);
    }

    @Test
    void aLongRequestLineWithinTheLimitIsServed() throws IOException {
        String id = "a".repeat(items.maxHeaderBytes() / 2);

        Raw answer = send(get("/v1/items/" + id));

        assertEquals(200, answer.status(), answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body());
        assertEquals(id, answer.json().path("name").asText());
    }

    @Test
    void aChunkSizeThatIsNotHexIsMalformedInput() throws IOException {
        Raw answer = send("POST /v1/items HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: key\r\nConnection: close\r\n"
                + "Content-Type: multipart/form-data; boundary=b\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");

        assertRefused(ErrorKind.MALFORMED_INPUT, answer);
    }
}
