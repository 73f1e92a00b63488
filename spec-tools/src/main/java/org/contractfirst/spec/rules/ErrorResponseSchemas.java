package org.contractfirst.spec.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Every body of an error response (4xx, 5xx, default) has a schema, in each of its media types: clients parse
 * errors into types, and the conformance suite validates them, only where the shape is written down.
 */
public final class ErrorResponseSchemas implements NormalisationRule {

    @Override
    public String id() {
        return "error-response-schema";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        for (Operations operation : Operations.of(spec)) {
            operation.forEachResponseBody(spec, Operations::isError, (status, pointer, mediaType, media) -> {
                if (!media.has("schema")) {
                    findings.add(spec.finding(id(), pointer,
                            operation.label() + " " + status + " has a " + mediaType + " body without a schema"));
                }
            });
        }
        return findings.stream().distinct().toList();
    }
}
