package org.contractfirst.conformance.requests;

import java.nio.charset.StandardCharsets;

/** Percent-encoding as RFC 3986 has it: unreserved characters kept, reserved ones kept only where allowed. */
public final class Urls {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final String RESERVED = ":/?#[]@!$&'()*+,;=";

    private Urls() {
    }

    public static String encode(String value) {
        return encode(value, false);
    }

    /** {@code value} percent-encoded as UTF-8; with {@code allowReserved}, RFC 3986's reserved characters stay as they are. */
    public static String encode(String value, boolean allowReserved) {
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
}
