package org.contractfirst.conformance;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the suite's own test servers read a multipart/form-data body: its parts by name. */
public final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern PART_NAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*\\bname=\"([^\"]*)\"");

    private Multipart() {
    }

    /** A multipart body's parts by name, each as UTF-8 text; empty where the body is no multipart/form-data. */
    public static Optional<Map<String, String>> parts(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType;
        Matcher boundary = BOUNDARY.matcher(type);
        if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !boundary.find()) {
            return Optional.empty();
        }
        Map<String, String> parts = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split("--" + Pattern.quote(boundary.group(1)))) {
            int headEnd = part.indexOf("\r\n\r\n");
            Matcher name = PART_NAME.matcher(headEnd < 0 ? "" : part.substring(0, headEnd));
            if (name.find()) {
                String content = part.substring(headEnd + 4).replaceFirst("\r\n$", "");
                parts.put(name.group(1), new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
        return Optional.of(parts);
    }
}
