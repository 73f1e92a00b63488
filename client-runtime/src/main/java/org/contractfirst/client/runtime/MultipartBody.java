package org.contractfirst.client.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.form.BracketNotation;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * A multipart/form-data body, each property encoded as OpenAPI says: text as a text part, an object as one JSON
 * part, an array as one part per item, a property whose encoding is {@code deepObject} as its fields in bracket
 * notation, a file with its name and content type.
 */
final class MultipartBody {

    private final String boundary = "contractfirst-" + UUID.randomUUID();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    void field(String name, Object value) {
        JsonNode tree = Codec.tree(value);
        if (tree.isArray()) {
            tree.forEach(item -> value(name, item));
        } else {
            value(name, tree);
        }
    }

    void deepObject(String name, Object value) {
        for (Map.Entry<String, String> field : BracketNotation.flatten(name, Codec.tree(value))) {
            text(field.getKey(), field.getValue());
        }
    }

    private void value(String name, JsonNode value) {
        if (value.isContainerNode()) {
            part("Content-Disposition: form-data; name=\"" + escape(name) + "\"\r\nContent-Type: application/json\r\n",
                    value.toString().getBytes(StandardCharsets.UTF_8));
        } else if (!value.isNull()) {
            text(name, value.asText());
        }
    }

    private void text(String name, String value) {
        part("Content-Disposition: form-data; name=\"" + escape(name) + "\"\r\n", value.getBytes(StandardCharsets.UTF_8));
    }

    void file(String name, File file) {
        file(name, file, null);
    }

    /**
     * A file part, of the media type its name suggests; where the name suggests none (or only bytes), of the first
     * its encoding declares ({@code image/png, image/jpeg}), else {@code application/octet-stream}. A file of another type than
     * declared is sent as what it is, for the server to judge.
     */
    void file(String name, File file, String declared) {
        String guessed = URLConnection.guessContentTypeFromName(file.getName());
        if ("application/octet-stream".equals(guessed)) {
            guessed = null;
        }
        String contentType = guessed == null ? "application/octet-stream" : guessed;
        if (guessed == null && declared != null && !declared.isBlank()) {
            contentType = declared.split(",")[0].trim();
        }
        try {
            part("Content-Disposition: form-data; name=\"" + escape(name) + "\"; filename=\""
                    + escape(file.getName()) + "\"\r\nContent-Type: " + contentType + "\r\n",
                    Files.readAllBytes(file.toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] toBytes() {
        ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.size() + boundary.length() + 8);
        try {
            bytes.writeTo(body);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private void part(String headers, byte[] content) {
        bytes.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(content);
        bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String headerValue) {
        return headerValue.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
