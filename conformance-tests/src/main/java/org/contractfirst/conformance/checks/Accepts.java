package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.HttpRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The Accept headers that reach every media type a response documents: one per type where it documents several,
 * else none (a single {@code null}: the server's default).
 */
final class Accepts {

    private Accepts() {
    }

    static List<String> documented(ApiSpec spec, ApiSpec.Endpoint endpoint, int... statuses) {
        List<String> mediaTypes = new ArrayList<>();
        Arrays.stream(statuses).forEach(status -> spec.response(endpoint, status)
                .filter(response -> response.getContent() != null)
                .ifPresent(response -> response.getContent().keySet().stream()
                        .filter(type -> !mediaTypes.contains(type)).forEach(mediaTypes::add)));
        return mediaTypes.size() < 2 ? Collections.singletonList(null) : mediaTypes;
    }

    /** The operation's documented statuses of one class ('2' for 2xx, '4' for 4xx). */
    static int[] statuses(ApiSpec spec, ApiSpec.Endpoint endpoint, char statusClass) {
        return spec.responses(endpoint).keySet().stream().filter(status -> status.charAt(0) == statusClass)
                .mapToInt(Integer::parseInt).toArray();
    }

    static HttpRequest asking(HttpRequest request, String mediaType) {
        return mediaType == null ? request : request.withHeader("Accept", mediaType);
    }
}
