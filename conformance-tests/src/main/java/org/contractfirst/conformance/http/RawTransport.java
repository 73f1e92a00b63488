package org.contractfirst.conformance.http;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends bytes that no HTTP client library would send (an escape that is no escape, bytes that are not UTF-8, a
 * header past any limit) over a connection of their own, TLS where the base URL is https, and reads the answer as
 * HTTP/1.1: the status line, the headers, and a body by Content-Length, chunks or the end of the connection. The
 * request is written beside the reading, so that a server that answers before it has read a request it refuses is
 * heard, and one that stops reading holds nothing up past the read timeout.
 */
public final class RawTransport {

    /** What an exchange says when the server closed the connection before taking the whole request, and said nothing. */
    public static final String CLOSED_WHILE_SENDING = "the server closed the connection before the whole request was sent";

    /** The most of an answer read: the status, the headers and the start of a body are all a check needs. */
    private static final int MOST_READ = 1024 * 1024;
    private static final byte[] END_OF_HEAD = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    /**
     * How long what follows a HEAD answer's header section is waited for: content a server should not send may come
     * in a write of its own, after the headers, and the request asked the server to close when done.
     */
    private static final Duration HEAD_CONTENT_WAIT = Duration.ofMillis(500);

    private final Duration connectTimeout;
    private final Duration readTimeout;

    public RawTransport(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** The request to {@code base}'s host, below its path. */
    public Exchange send(URI base, RawRequest request) {
        HttpRequest shown = request.origin();
        byte[] head = head(base, request);
        AtomicBoolean sendFailed = new AtomicBoolean();
        try (Socket socket = open(base)) {
            socket.setSoTimeout((int) readTimeout.toMillis());
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head);
                    out.write(request.body());
                    out.flush();
                } catch (IOException refused) {
                    sendFailed.set(true);
                }
            }, "raw-request");
            writer.setDaemon(true);
            writer.start();
            try {
                return read(socket, shown, request.method().equals("HEAD"));
            } catch (SocketTimeoutException e) {
                return Exchange.noResponse(shown, "no response within " + readTimeout.toMillis() + " ms");
            } catch (IOException e) {
                writer.join(readTimeout.toMillis());
                return Exchange.noResponse(shown, sendFailed.get() ? CLOSED_WHILE_SENDING : "the connection failed: " + e);
            }
        } catch (IOException e) {
            return Exchange.noResponse(shown, "the connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Exchange.noResponse(shown, "interrupted");
        }
    }

    private byte[] head(URI base, RawRequest request) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((request.method() + " ").getBytes(StandardCharsets.US_ASCII));
        head.writeBytes(request.targetOn(base));
        head.writeBytes((" HTTP/1.1\r\nHost: " + base.getHost() + ":" + port(base) + "\r\nConnection: close\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        request.headers().forEach((name, value) -> {
            head.writeBytes((name + ": ").getBytes(StandardCharsets.US_ASCII));
            head.writeBytes(value);
            head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        if (request.body().length > 0 || List.of("POST", "PUT", "PATCH").contains(request.method())) {
            head.writeBytes(("Content-Length: " + request.body().length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return head.toByteArray();
    }

    /** A connection to the base URL's host: TLS for https, with the host name checked as a browser checks it. */
    private Socket open(URI base) throws IOException {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(base.getHost(), port(base)), (int) connectTimeout.toMillis());
        if (!"https".equalsIgnoreCase(base.getScheme())) {
            return plain;
        }
        SSLSocket secure = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, base.getHost(), port(base), true);
        SSLParameters parameters = secure.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        secure.setSSLParameters(parameters);
        secure.startHandshake();
        return secure;
    }

    private static int port(URI base) {
        return base.getPort() > 0 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
    }

    private Exchange read(Socket socket, HttpRequest shown, boolean head) throws IOException {
        byte[] all = readAnswer(socket, head);
        if (all.length == 0) {
            return Exchange.noResponse(shown, "the connection closed without an answer");
        }
        int headEnd = indexOf(all, END_OF_HEAD, 0);
        String[] lines = new String(all, 0, headEnd < 0 ? all.length : headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/") || !statusLine[1].matches("\\d{3}")) {
            return Exchange.noResponse(shown, "an answer that is not HTTP: " + lines[0]);
        }
        Map<String, List<String>> headers = headers(lines);
        byte[] rest = headEnd < 0 ? new byte[0] : Arrays.copyOfRange(all, headEnd + 4, all.length);
        byte[] body = chunked(headers) ? unchunked(rest) : lengthLimited(rest, headers);
        String contentType = headers.getOrDefault("content-type", List.of("")).get(0);
        return new Exchange(shown, Integer.parseInt(statusLine[1]), headers, body,
                new String(body, HttpTransport.charset(contentType)), Optional.empty());
    }

    private static Map<String, List<String>> headers(String[] lines) {
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static boolean chunked(Map<String, List<String>> headers) {
        return headers.getOrDefault("transfer-encoding", List.of()).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"));
    }

    /**
     * The answer's bytes, until it is whole (its Content-Length or last chunk read, or no body where its status has
     * none), the connection ends, or the most a check needs has come. A HEAD answer is read on past its header
     * section until the server closes, or for {@link #HEAD_CONTENT_WAIT} at most, so that content sent after the
     * headers is seen however the server split its writes.
     */
    private byte[] readAnswer(Socket socket, boolean head) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean waiting = false;
        try {
            for (int n; read.size() < MOST_READ && (n = in.read(buffer)) >= 0; ) {
                read.write(buffer, 0, n);
                if (head && !waiting && indexOf(read.toByteArray(), END_OF_HEAD, 0) >= 0) {
                    waiting = true;
                    socket.setSoTimeout((int) Math.min(readTimeout.toMillis(), HEAD_CONTENT_WAIT.toMillis()));
                } else if (!head && whole(read.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException quiet) {
            if (!waiting) {
                throw quiet;
            }
        } catch (IOException reset) {
            if (read.size() == 0) {
                throw reset;
            }
        }
        return read.toByteArray();
    }

    private static boolean whole(byte[] bytes) {
        int headEnd = indexOf(bytes, END_OF_HEAD, 0);
        if (headEnd < 0) {
            return false;
        }
        String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length > 1 && statusLine[1].matches("1\\d\\d|204|304")) {
            return true;
        }
        Map<String, List<String>> headers = headers(lines);
        if (chunked(headers)) {
            return indexOf(bytes, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), headEnd) >= 0
                    || indexOf(bytes, "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), headEnd + 4) == headEnd + 4;
        }
        try {
            int length = Integer.parseInt(headers.getOrDefault("content-length", List.of("-1")).get(0).trim());
            return length >= 0 && bytes.length - headEnd - 4 >= length;
        } catch (NumberFormatException unreadable) {
            return false;
        }
    }

    private static byte[] lengthLimited(byte[] rest, Map<String, List<String>> headers) {
        try {
            int length = Integer.parseInt(headers.getOrDefault("content-length", List.of("-1")).get(0).trim());
            return length >= 0 && length < rest.length ? Arrays.copyOf(rest, length) : rest;
        } catch (NumberFormatException unreadable) {
            return rest;
        }
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException unreadable) {
                break;
            }
            at = lineEnd + 2;
            if (length <= 0 || at >= chunked.length) {
                break;
            }
            body.write(chunked, at, Math.min(length, chunked.length - at));
            at += length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] sought, int from) {
        outer:
        for (int i = Math.max(0, from); i + sought.length <= bytes.length; i++) {
            for (int j = 0; j < sought.length; j++) {
                if (bytes[i + j] != sought[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
