package org.contractfirst.conformance.http;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sends bytes that no HTTP client library would send (an escape that is no escape, bytes that are not UTF-8, a
 * header past any limit) over a socket of their own, one connection each, and reads the answer as HTTP/1.1: the
 * status line, the headers, and a body by Content-Length, chunks or the end of the connection. An answer cut short
 * is as much as came.
 */
public final class RawTransport {

    /** The most of an answer read: the status, the headers and the start of a body are all a check needs. */
    private static final int MOST_READ = 1024 * 1024;

    private final Duration connectTimeout;
    private final Duration readTimeout;

    public RawTransport(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** The request to {@code base}'s host, below its path. */
    public Exchange send(URI base, RawRequest request) {
        String method = request.method();
        byte[] body = request.body();
        HttpRequest shown = request.origin();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
        head.writeBytes(request.targetOn(base));
        head.writeBytes((" HTTP/1.1\r\nHost: " + base.getHost() + ":" + port(base) + "\r\nConnection: close\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        request.headers().forEach((name, value) -> {
            head.writeBytes((name + ": ").getBytes(StandardCharsets.US_ASCII));
            head.writeBytes(value);
            head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        if (body.length > 0 || List.of("POST", "PUT", "PATCH").contains(method)) {
            head.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), port(base)), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toByteArray());
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // A server may answer and close before it has read all of a request it refuses: read what it said.
            }
            return read(socket.getInputStream(), shown);
        } catch (SocketTimeoutException e) {
            return Exchange.noResponse(shown, "no response within " + readTimeout.toMillis() + " ms");
        } catch (IOException e) {
            return Exchange.noResponse(shown, "the connection failed: " + e);
        }
    }

    private static int port(URI base) {
        return base.getPort() > 0 ? base.getPort() : 80;
    }

    private static Exchange read(InputStream in, HttpRequest shown) throws IOException {
        byte[] all = readUpTo(in, MOST_READ);
        int headEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (all.length == 0) {
            return Exchange.noResponse(shown, "the connection closed without an answer");
        }
        String head = new String(all, 0, headEnd < 0 ? all.length : headEnd, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/") || !statusLine[1].matches("\\d{3}")) {
            return Exchange.noResponse(shown, "an answer that is not HTTP: " + lines[0]);
        }
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        byte[] rest = headEnd < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, headEnd + 4, all.length);
        byte[] body = headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(value -> value.toLowerCase(Locale.ROOT)
                .contains("chunked")) ? unchunked(rest) : lengthLimited(rest, headers);
        String contentType = headers.getOrDefault("content-type", List.of("")).get(0);
        return new Exchange(shown, Integer.parseInt(statusLine[1]), headers, body,
                new String(body, HttpTransport.charset(contentType)), Optional.empty());
    }

    private static byte[] readUpTo(InputStream in, int most) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; read.size() < most && (n = in.read(buffer)) >= 0; ) {
                read.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            if (read.size() == 0) {
                throw reset;
            }
        }
        return read.toByteArray();
    }

    private static byte[] lengthLimited(byte[] rest, Map<String, List<String>> headers) {
        try {
            int length = Integer.parseInt(headers.getOrDefault("content-length", List.of("-1")).get(0));
            return length >= 0 && length < rest.length ? java.util.Arrays.copyOf(rest, length) : rest;
        } catch (NumberFormatException unreadable) {
            return rest;
        }
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd, StandardCharsets.US_ASCII).split(";")[0].trim();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException unreadable) {
                break;
            }
            at += lineEnd + 2;
            if (length == 0) {
                break;
            }
            body.write(chunked, at, Math.min(length, chunked.length - at));
            at += length + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] sought) {
        outer:
        for (int i = 0; i + sought.length <= bytes.length; i++) {
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
