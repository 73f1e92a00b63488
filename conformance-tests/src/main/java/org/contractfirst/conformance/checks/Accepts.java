package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.spec.Operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Accept headers that reach every media type the given responses document: one per type where they document
 * several, else none (a single {@code null}: the server's default).
 */
final class Accepts {

    private Accepts() {
    }

    static List<String> documented(Operation operation, List<Integer> statuses) {
        List<String> mediaTypes = new ArrayList<>();
        statuses.forEach(status -> operation.mediaTypes(status).stream()
                .filter(type -> !type.contains("*") && !mediaTypes.contains(type)).forEach(mediaTypes::add));
        return mediaTypes.size() < 2 ? Collections.singletonList(null) : mediaTypes;
    }

    static Call asking(Call call, String mediaType) {
        return mediaType == null ? call : call.withHeader("Accept", mediaType);
    }
}
