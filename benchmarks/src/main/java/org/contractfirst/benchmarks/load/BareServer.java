package org.contractfirst.benchmarks.load;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ceiling: the JDK's own HTTP server answering every request with the same prepared status, type and bytes,
 * doing nothing else. Also a program, for the startup baseline: {@code BareServer <port>}.
 */
public final class BareServer implements AutoCloseable {

    static {
        // Without it the JDK server's separate header and body writes wait out the client's delayed ACK (40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads;

    public BareServer(int port, int status, String contentType, byte[] body) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors() * 2);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    public static void main(String[] args) {
        new BareServer(Integer.parseInt(args[0]), 200, "application/json", "{}".getBytes());
    }
}
