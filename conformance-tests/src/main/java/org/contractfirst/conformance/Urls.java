package org.contractfirst.conformance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding of query, form and path values. */
final class Urls {

    private Urls() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
