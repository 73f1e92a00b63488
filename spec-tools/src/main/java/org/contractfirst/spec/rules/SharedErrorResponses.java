package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An error response (4xx, 5xx or default) written out the same way in more than one place is one response
 * under components/responses, referenced from each operation.
 */
public final class SharedErrorResponses implements NormalisationRule {

    @Override
    public String id() {
        return "shared-error-responses";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        Map<JsonNode, String> firstPlace = new HashMap<>();
        for (Operations operation : Operations.of(spec)) {
            operation.node().path("responses").fields().forEachRemaining(response -> {
                JsonNode body = response.getValue();
                if (!Operations.isError(response.getKey()) || body.has("$ref")) {
                    return;
                }
                String pointer = operation.pointer() + "/responses/" + response.getKey();
                String earlier = firstPlace.putIfAbsent(body, pointer);
                if (earlier != null) {
                    findings.add(spec.finding(id(), pointer,
                            "repeats the error response at " + earlier + "; share it under components/responses"));
                }
            });
        }
        return findings;
    }
}
