package org.contractfirst.client.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending an operation: typed bodies in JSON and XML, typed errors, credentials, retry and timeouts. */
class ApiTransportTest {

    /** The API's exception, as a generated client declares it. */
    static final class TestException extends ClientApiException {
        TestException(ApiResponse<?> response) {
            super(response);
        }
    }

    /** A model, as a generated client declares one. */
    public static final class Greeting {
        public String text;
    }

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int call = calls.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String accept = exchange.getRequestHeaders().getFirst("Accept");
            String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body;
            int status;
            String type;
            if (path.equals("/busy") && call == 1) {
                status = 503;
                type = "application/json";
                body = "{\"text\":\"busy\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Retry-After", "0");
            } else if (path.equals("/slow")) {
                sleep(2000);
                status = 200;
                type = "application/json";
                body = "{}".getBytes(StandardCharsets.UTF_8);
            } else if (!auth.equals("Bearer secret")) {
                status = 401;
                type = "application/json";
                body = "{\"text\":\"who are you?\"}".getBytes(StandardCharsets.UTF_8);
            } else if ("application/xml".equals(accept)) {
                status = 200;
                type = "application/xml";
                body = "<greeting><text>hello</text></greeting>".getBytes(StandardCharsets.UTF_8);
            } else {
                status = 200;
                type = "application/json";
                body = "{\"text\":\"hello\",\"added\":\"later\"}".getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ClientConfig config() {
        return ClientConfig.of("http://127.0.0.1:" + server.getAddress().getPort()).withCredential("secret");
    }

    private static Operation hello(String path) {
        return Operation.of("GET", path).security("bearer", Security.bearer()).produces("application/json")
                .produces("application/xml").returns(Greeting.class).error("401", Greeting.class)
                .error("5XX", Greeting.class);
    }

    @Test
    void aBodyIsReadAsTheFormatAskedForAndUnknownFieldsAreSkipped() throws Exception {
        ApiTransport<TestException> transport = new ApiTransport<>(config(), TestException::new);

        ApiResponse<Greeting> json = transport.execute(hello("/hello"));
        ApiResponse<Greeting> xml = transport.withFormat(Format.XML).execute(hello("/hello"));

        assertEquals(List.of(200, "hello"), List.of(json.status(), json.body().text));
        assertEquals(List.of(200, "hello"), List.of(xml.status(), xml.body().text));
    }

    @Test
    void anErrorIsTheApisExceptionWithTheDocumentedBody() {
        ApiTransport<TestException> transport = new ApiTransport<>(config().withCredential("wrong"), TestException::new);

        TestException error = assertThrows(TestException.class, () -> transport.execute(hello("/hello")));

        assertEquals(401, error.status());
        assertEquals("who are you?", error.errorBody(Greeting.class).text);
    }

    @Test
    void retryIsOptInAndFollowsRetryAfter() throws Exception {
        TestException busy = assertThrows(TestException.class,
                () -> new ApiTransport<>(config(), TestException::new).execute(hello("/busy")));
        assertEquals(503, busy.status());
        assertEquals("busy", busy.errorBody(Greeting.class).text, "read as the type documented for 5XX");
        calls.set(0);

        ApiTransport<TestException> retrying = new ApiTransport<>(config().withRetry(
                RetryPolicy.onTooManyRequestsAndUnavailable(2, Duration.ofSeconds(5), Duration.ofSeconds(5))), TestException::new);

        assertEquals(Map.of(200, 2), Map.of(retrying.execute(hello("/busy")).status(), calls.get()));
    }

    @Test
    void aRequestOverItsTimeoutIsAnUncheckedIoException() {
        ApiTransport<TestException> transport = new ApiTransport<>(
                config().withRequestTimeout(Duration.ofMillis(200)), TestException::new);

        assertThrows(UncheckedIOException.class, () -> transport.execute(hello("/slow")));
    }
}
