package org.contractfirst.reference.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a recorded multipart/form-data body, in the order they were sent. */
public final class MultipartParts {

    public record Part(String name, String fileName, String contentType, String value) {
    }

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^Content-Type: *(.+)$");

    private MultipartParts() {
    }

    public static List<Part> parse(String contentTypeHeader, byte[] body) {
        String boundary = "--" + contentTypeHeader.substring(contentTypeHeader.indexOf("boundary=") + "boundary=".length());
        String text = new String(body, StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        for (String chunk : text.split(Pattern.quote(boundary))) {
            int headersEnd = chunk.indexOf("\r\n\r\n");
            if (headersEnd < 0) {
                continue;
            }
            String headers = chunk.substring(0, headersEnd);
            String value = chunk.substring(headersEnd + 4, chunk.length() - 2);
            parts.add(new Part(group(NAME, headers), group(FILE_NAME, headers), group(CONTENT_TYPE, headers), value));
        }
        return parts;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1).trim() : null;
    }
}
