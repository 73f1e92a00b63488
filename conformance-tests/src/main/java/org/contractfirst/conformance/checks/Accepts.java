package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.requests.Call;
import org.contractfirst.conformance.spec.Operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The Accept headers that reach every media type the given responses document: one per type where they document
 * several, else none (a single {@code null}: the server's default); and, where there are several, the headers that
 * rank them by q-value.
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

    /**
     * Where the responses document several media types: one header naming them all, the last listed weighed highest
     * (a server that takes the first named, or ignores weights, serves another), and one that weighs the first 0 and
     * accepts anything else (RFC 9110 §12.4.2: q=0 is "not acceptable"). None where there is one type.
     */
    static List<String> ranked(Operation operation, List<Integer> statuses) {
        List<String> mediaTypes = documented(operation, statuses);
        if (mediaTypes.size() < 2) {
            return List.of();
        }
        List<String> weighed = new ArrayList<>();
        for (int i = 0; i < mediaTypes.size(); i++) {
            weighed.add(mediaTypes.get(i) + (i == mediaTypes.size() - 1 ? ";q=0.9" : ";q=0.1"));
        }
        return List.of(String.join(", ", weighed), mediaTypes.get(0) + ";q=0, */*;q=0.5");
    }
}
