package org.contractfirst.server.runtime.gate;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the parts of a request that no resource parses itself, as the wire carries them (one char per byte, as
 * Grizzly reads the request line and headers), and says what makes one unreadable: a control byte; a {@code %} not
 * followed by two hex digits; bytes, raw or percent-escaped, that are not UTF-8; an escaped NUL; a path segment
 * {@code .} or {@code ..}, also where escaped slashes or backslashes make one ({@code ..%2F..%2Fetc}); a header value with a control byte or bytes that are not UTF-8. A URL that reads well is
 * given back in the form Jersey parses: printable characters a URI may not hold raw ({@code "<>\^`{|}[]}) and
 * UTF-8 sent raw are percent-escaped, which keeps the value the client meant.
 */
public final class RequestSyntax {

    /** Printable ASCII that java.net.URI refuses unescaped in a path or query. */
    private static final String ESCAPED = "\"<>\\^`{|}[]";

    private RequestSyntax() {
    }

    /** A path or query: the form to hand on, or why it cannot be read. */
    record Checked(String url, String problem) {
        boolean readable() {
            return problem == null;
        }
    }

    static Checked path(String raw) {
        Checked checked = url(raw, "the path");
        if (!checked.readable()) {
            return checked;
        }
        for (String segment : checked.url().split("/", -1)) {
            for (String part : decode(segment).split("[/\\\\]", -1)) {
                if (part.equals(".") || part.equals("..")) {
                    return new Checked(null, "the path climbs with a '" + part + "' segment");
                }
            }
        }
        return checked;
    }

    static Checked query(String raw) {
        return raw == null || raw.isEmpty() ? new Checked(raw, null) : url(raw, "the query");
    }

    /** Why the header's value cannot be read, if it cannot. */
    static Optional<String> header(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return Optional.of("the header " + name + " holds the control byte " + hex(c));
            }
        }
        if (!utf8(value.getBytes(StandardCharsets.ISO_8859_1))) {
            return Optional.of("the header " + name + " is not UTF-8");
        }
        return Optional.empty();
    }

    private static Checked url(String raw, String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder escaped = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 0xff) {
                return new Checked(null, part + " holds a character that is not a byte");
            }
            if (c <= 0x20 || c == 0x7f) {
                return new Checked(null, part + " holds the control byte " + hex(c));
            }
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return new Checked(null, part + " holds a '%' that is not followed by two hex digits");
                }
                int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (value == 0) {
                    return new Checked(null, part + " holds an escaped NUL (%00)");
                }
                bytes.write(value);
                escaped.append(raw, i, i + 3);
                i += 2;
            } else if (c >= 0x80 || ESCAPED.indexOf(c) >= 0) {
                bytes.write(c);
                escaped.append('%').append(hex(c).substring(2));
            } else {
                bytes.write(c);
                escaped.append(c);
            }
        }
        if (!utf8(bytes.toByteArray())) {
            return new Checked(null, part + " is not UTF-8 once its escapes are decoded");
        }
        return new Checked(escaped.toString(), null);
    }

    /** The segment with its escapes decoded, byte for byte (enough to tell {@code %2e%2E} is {@code ..}). */
    private static String decode(String segment) {
        StringBuilder decoded = new StringBuilder(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                decoded.append((char) Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String hex(char c) {
        return String.format("0x%02X", (int) c);
    }
}
