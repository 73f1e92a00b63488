package org.contractfirst.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection that sends prepared request bytes and reads whole responses (fixed length or
 * chunked); it reconnects when the server closes. Lean on purpose: the load driver must cost far less than the
 * servers it measures.
 */
public final class HttpConnection implements AutoCloseable {

    /**
     * What came back: enough to check the answer and to serve the same bytes from another server; no body when only
     * the status was asked for.
     */
    public record Response(int status, String contentType, byte[] body) {
    }

    private final InetSocketAddress address;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public HttpConnection(InetSocketAddress address) {
        this.address = address;
    }

    public Response exchange(byte[] request) throws IOException {
        return send(request, true);
    }

    /** Sends the request and reads the whole answer, keeping only its status: all a load run needs. */
    public int status(byte[] request) throws IOException {
        return send(request, false).status();
    }

    private Response send(byte[] request, boolean keepBody) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            return sendAndRead(request, keepBody);
        } catch (EOFException | java.net.SocketException closedByServer) {
            close();
            connect();
            return sendAndRead(request, keepBody);
        }
    }

    private Response sendAndRead(byte[] request, boolean keepBody) throws IOException {
        out.write(request);
        out.flush();
        String statusLine = line();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean closing = false;
        String contentType = null;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                case "connection" -> closing = value.equalsIgnoreCase("close");
                case "content-type" -> contentType = value;
                default -> {
                }
            }
        }
        byte[] body = null;
        if (chunked) {
            body = chunkedBody();
        } else if (keepBody) {
            body = in.readNBytes(Math.max(length, 0));
        } else {
            in.skipNBytes(Math.max(length, 0));
        }
        if (closing) {
            close();
        }
        return new Response(status, contentType, body);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(in.readNBytes(size));
            line();
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
            // trailers carry nothing the driver needs
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Integer.parseInt(extension < 0 ? line.trim() : line.substring(0, extension).trim(), 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }

    /** The bytes of a request: {@code body} may be null; Host and Content-Length are added. */
    public static byte[] request(String method, InetSocketAddress address, String path, String headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + address.getHostString() + ":" + address.getPort()
                + "\r\n" + headers + (body == null ? "" : "Content-Length: " + content.length + "\r\n") + "\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(content);
        return bytes.toByteArray();
    }
}
