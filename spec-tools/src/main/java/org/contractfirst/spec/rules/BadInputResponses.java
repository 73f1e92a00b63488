package org.contractfirst.spec.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every operation that takes input (a parameter or a body) documents the 4xx its server answers to bad input: a
 * client can only handle, and the conformance suite can only check, what the spec states. Statuses about the
 * caller or the media type (401, 403, 406, 429) do not count.
 */
public final class BadInputResponses implements NormalisationRule {

    private static final Set<String> NOT_ABOUT_INPUT = Set.of("401", "403", "406", "429");

    @Override
    public String id() {
        return "bad-input-response";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        for (Operations operation : Operations.of(spec)) {
            boolean takesInput = operation.node().has("requestBody") || operation.node().path("parameters").size() > 0
                    || spec.tree().path("paths").path(operation.path()).path("parameters").size() > 0;
            List<String> badInput = new ArrayList<>();
            operation.node().path("responses").fieldNames().forEachRemaining(status -> {
                if (status.startsWith("4") && !NOT_ABOUT_INPUT.contains(status)) {
                    badInput.add(status);
                }
            });
            if (takesInput && badInput.isEmpty()) {
                findings.add(spec.finding(id(), operation.pointer() + "/responses",
                        operation.label() + " takes input but documents no 4xx for bad input"));
            }
        }
        return findings;
    }
}
