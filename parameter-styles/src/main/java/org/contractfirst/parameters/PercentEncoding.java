package org.contractfirst.parameters;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The two percent-encodings parameters are sent with. They differ only in {@code *} and {@code ~}: RFC 3986 keeps
 * {@code ~} and encodes {@code *}, {@link URLEncoder} the other way round; both encode a space as {@code %20}.
 */
public final class PercentEncoding {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final String RESERVED = ":/?#[]@!$&'()*+,;=";

    private PercentEncoding() {
    }

    /** {@code value} percent-encoded as UTF-8; with {@code allowReserved}, RFC 3986's reserved characters stay as they are. */
    public static String rfc3986(String value, boolean allowReserved) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (b >= 0 && (UNRESERVED.indexOf(c) >= 0 || allowReserved && RESERVED.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    /** {@code value} as {@link URLEncoder} encodes it in UTF-8, but with a space as {@code %20}, which a path reads too. */
    public static String urlEncoder(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
