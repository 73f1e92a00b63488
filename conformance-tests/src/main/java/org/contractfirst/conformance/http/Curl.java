package org.contractfirst.conformance.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A request as the curl command that sends it again, ready to paste into a shell: credentials hidden, and a body
 * that is long or not text written to a file that the command reads with {@code --data-binary @file}.
 */
public final class Curl {

    private static final int INLINE_BODY = 1024;

    private final Redactor redactor;
    private final Path bodies;

    /** @param bodies where long bodies are written; null keeps every body inline, cut at the limit */
    public Curl(Redactor redactor, Path bodies) {
        this.redactor = redactor;
        this.bodies = bodies;
    }

    public String of(URI base, HttpRequest request) {
        List<String> words = new ArrayList<>(List.of("curl", "-i", "-X", request.method(), quote(request.uri(base).toString())));
        for (Map.Entry<String, String> header : request.headersToSend().entrySet()) {
            words.addAll(List.of("-H", quote(header.getKey() + ": " + header.getValue())));
        }
        Body body = request.body();
        if (!body.isEmpty()) {
            if (!body.parts().isEmpty()) {
                for (Body.Part part : body.parts()) {
                    words.addAll(List.of("-F", quote(part(part))));
                }
            } else {
                words.addAll(List.of("-H", quote("Content-Type: " + body.contentType()), "--data-binary", data(body.bytes())));
            }
        }
        return redactor.redact(String.join(" ", words));
    }

    /**
     * A request of bytes as curl sends it again: the target as it is ({@code --path-as-is}, no globbing), bytes
     * outside printable ASCII escaped in the shell's {@code $'...'} quoting, long header values read from a file.
     */
    public String of(URI base, RawRequest request) {
        String authority = base.getScheme() + "://" + base.getRawAuthority();
        // curl -X HEAD waits for the body its Content-Length announces: --head asks as HEAD does.
        List<String> words = new ArrayList<>(request.method().equals("HEAD") ? List.of("curl", "-i", "--path-as-is", "-g", "--head")
                : List.of("curl", "-i", "--path-as-is", "-g", "-X", request.method()));
        words.add(bytesQuoted(authority.getBytes(StandardCharsets.US_ASCII), redacted(request.targetOn(base))));
        for (Map.Entry<String, byte[]> header : request.headers().entrySet()) {
            byte[] value = redacted(header.getValue());
            words.addAll(List.of("-H", value.length > INLINE_BODY ? quote("@" + file((header.getKey() + ": ").getBytes(
                    StandardCharsets.US_ASCII), value)) : bytesQuoted((header.getKey() + ": ").getBytes(StandardCharsets.US_ASCII), value)));
        }
        if (request.body().length > 0) {
            if (!request.headers().containsKey("Content-Type")) {
                // curl would add a form's type to --data-binary: the request had none.
                words.addAll(List.of("-H", quote("Content-Type:")));
            }
            words.addAll(List.of("--data-binary", data(request.body())));
        }
        return redactor.redact(String.join(" ", words));
    }

    /** The bytes with every credential in them hidden, before they are escaped for the shell and no longer match. */
    private byte[] redacted(byte[] bytes) {
        return redactor.redact(new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Bytes in the shell's {@code $'...'} quoting: printable ASCII as it is, every other byte as {@code \xNN}. */
    private static String bytesQuoted(byte[]... pieces) {
        StringBuilder quoted = new StringBuilder("$'");
        for (byte[] piece : pieces) {
            for (byte b : piece) {
                int c = b & 0xff;
                if (c == '\\' || c == '\'') {
                    quoted.append('\\').append((char) c);
                } else if (c >= 0x20 && c < 0x7f) {
                    quoted.append((char) c);
                } else {
                    quoted.append(String.format("\\x%02x", c));
                }
            }
        }
        return quoted.append('\'').toString();
    }

    private String part(Body.Part part) {
        String type = ";type=" + part.contentType();
        if (part.fileName() != null || !text(part.content())) {
            return part.name() + "=@" + file(part.content()) + (part.fileName() == null ? "" : ";filename=" + part.fileName()) + type;
        }
        String value = part.text();
        // curl reads a value starting with @ or < as a file: such text goes in a file too.
        return value.startsWith("@") || value.startsWith("<") ? part.name() + "=<" + file(part.content()) + type
                : part.name() + "=" + value + (part.contentType().startsWith("text/plain") ? "" : type);
    }

    private String data(byte[] bytes) {
        if (bytes.length <= INLINE_BODY && text(bytes)) {
            return quote(new String(bytes, StandardCharsets.UTF_8));
        }
        return quote("@" + file(bytes));
    }

    /** The pieces one after the other in a file named by their hash under the bodies folder; the file's path. */
    private String file(byte[]... pieces) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            bytes.writeBytes(piece);
        }
        return file(bytes.toByteArray());
    }

    /** The bytes in a file named by their hash under the bodies folder; the file's path. */
    private String file(byte[] bytes) {
        if (bodies == null) {
            return "body-not-kept";
        }
        try {
            String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16) + ".body";
            Path file = bodies.resolve(name);
            if (!Files.exists(file)) {
                Files.createDirectories(bodies);
                Files.write(file, redactor.redact(new String(bytes, StandardCharsets.ISO_8859_1))
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** UTF-8 text with no control character a shell line cannot hold (line breaks and tabs aside). */
    private static boolean text(byte[] bytes) {
        return Body.utf8(bytes).map(decoded -> decoded.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r'
                && c != '\t')).orElse(false);
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
