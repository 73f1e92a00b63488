package org.contractfirst.benchmarks.load;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The load driver reads whole answers, so that every request it counts was answered in full. */
class HttpConnectionTest {

    private static final byte[] BODY = "{\"id\":\"usr_01\",\"name\":\"Ada\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void readsFixedLengthAnswersOnOneKeptAliveConnection() throws IOException {
        try (BareServer server = new BareServer(0, 200, "application/json", BODY);
             HttpConnection connection = new HttpConnection(server.address())) {
            byte[] request = HttpConnection.request("GET", server.address(), "/me", "Accept: application/json\r\n", null);
            for (int i = 0; i < 3; i++) {
                HttpConnection.Response answer = connection.exchange(request);
                assertEquals(200, answer.status());
                assertEquals("application/json", answer.contentType());
                assertArrayEquals(BODY, answer.body());
            }
            assertEquals(200, connection.status(request));
            assertArrayEquals(BODY, connection.exchange(request).body(), "the status-only read left the body behind");
        }
    }

    @Test
    void readsChunkedAnswersAndSendsBodies() throws IOException {
        AtomicInteger bytesReceived = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            bytesReceived.addAndGet(exchange.getRequestBody().readAllBytes().length);
            exchange.sendResponseHeaders(201, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(BODY, 0, 10);
                out.flush();
                out.write(BODY, 10, BODY.length - 10);
            }
        });
        server.start();
        try (HttpConnection connection = new HttpConnection(server.getAddress())) {
            byte[] request = HttpConnection.request("PATCH", server.getAddress(), "/me",
                    "Content-Type: application/json\r\n", "{\"name\":\"Ada\"}");
            for (int i = 0; i < 2; i++) {
                HttpConnection.Response answer = connection.exchange(request);
                assertEquals(201, answer.status());
                assertArrayEquals(BODY, answer.body());
            }
            assertEquals(2 * "{\"name\":\"Ada\"}".length(), bytesReceived.get());
        } finally {
            server.stop(0);
        }
    }
}
