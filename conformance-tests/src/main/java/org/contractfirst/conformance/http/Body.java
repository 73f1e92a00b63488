package org.contractfirst.conformance.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A request body: its Content-Type and bytes. A multipart body also keeps its parts, so that it can be written as
 * curl's {@code -F} options; a form its fields, for {@code --data}.
 */
public record Body(String contentType, byte[] bytes, List<Part> parts) {

    /** A part of a multipart body: its name, content type, file name (null for a field) and content. */
    public record Part(String name, String contentType, String fileName, byte[] content) {
        public static Part text(String name, String value) {
            return new Part(name, "text/plain; charset=UTF-8", null, value.getBytes(StandardCharsets.UTF_8));
        }

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final String BOUNDARY = "conformance-boundary-7e3f2a";

    public static Body none() {
        return new Body(null, new byte[0], List.of());
    }

    public static Body of(String contentType, byte[] bytes) {
        return new Body(contentType, bytes, List.of());
    }

    public static Body text(String contentType, String text) {
        return of(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Body multipart(List<Part> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Part part : parts) {
            bytes.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + quoted(part.name()) + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + quoted(part.fileName()) + "\"")
                    + "\r\nContent-Type: " + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(part.content());
            bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + BOUNDARY, bytes.toByteArray(), List.copyOf(parts));
    }

    /** The bytes as text where they are UTF-8; empty where they are not. */
    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return contentType == null;
    }

    public boolean isMultipart() {
        return !parts.isEmpty() || contentType != null && contentType.startsWith("multipart/");
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
