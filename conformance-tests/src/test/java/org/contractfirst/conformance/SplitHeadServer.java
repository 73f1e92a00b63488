package org.contractfirst.conformance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback front to a working server, written on a bare socket so that it can do what an HTTP server library will
 * not: answer a HEAD with its GET's header section in one write and the GET's content in a second one, a moment
 * later. Every other request is passed on and answered as the working server answers it, one request per connection.
 */
final class SplitHeadServer implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "transfer-encoding",
            "expect", "upgrade", "http2-settings", "keep-alive", "te", "trailer");
    private static final int MOST_HEAD = 64 * 1024;

    private final URI upstream;
    private final ServerSocket socket;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, run -> {
        Thread thread = new Thread(run, "split-head");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    SplitHeadServer(URI upstream) throws IOException {
        this.upstream = upstream;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "split-head-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + upstream.getRawPath());
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                workers.execute(() -> answer(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket connection) {
        try (connection) {
            connection.setSoTimeout(10_000);
            InputStream in = new BufferedInputStream(connection.getInputStream());
            String[] lines = readHead(in).split("\r\n");
            String[] requestLine = lines[0].split(" ");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
                }
            }
            int length = headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("Content-Length"))
                    .map(header -> Integer.parseInt(header.getValue())).findFirst().orElse(0);
            byte[] body = in.readNBytes(length);
            boolean head = requestLine[0].equals("HEAD");
            HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create("http://" + upstream.getHost() + ":"
                            + upstream.getPort() + requestLine[1]))
                    .method(head ? "GET" : requestLine[0], body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach((name, value) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    forward.header(name, value);
                }
            });
            HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            StringBuilder section = new StringBuilder("HTTP/1.1 " + answer.statusCode() + " Answer\r\n");
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(value -> section.append(name).append(": ").append(value).append("\r\n"));
                }
            });
            section.append("Content-Length: ").append(answer.body().length).append("\r\nConnection: close\r\n\r\n");
            OutputStream out = connection.getOutputStream();
            out.write(section.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (head) {
                // The fault: the content follows the header section in a write of its own.
                Thread.sleep(50);
            }
            out.write(answer.body());
            out.flush();
        } catch (IOException | RuntimeException broken) {
            // A connection the suite dropped or a request this front cannot read: nothing to answer.
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; head.size() < MOST_HEAD && (b = in.read()) >= 0; ) {
            head.write(b);
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == 4) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        workers.shutdownNow();
    }
}
