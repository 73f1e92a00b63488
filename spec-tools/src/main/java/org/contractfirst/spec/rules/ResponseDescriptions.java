package org.contractfirst.spec.rules;

import org.contractfirst.spec.layout.Shape;
import org.contractfirst.spec.layout.ShapeWalker;

import java.util.ArrayList;
import java.util.List;

/** Every response, in an operation or under components/responses, says in its description what it means. */
public final class ResponseDescriptions implements NormalisationRule {

    @Override
    public String id() {
        return "response-description";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        ShapeWalker.walk(spec.tree(), (pointer, shape, node) -> {
            if (shape == Shape.RESPONSE && !node.has("$ref") && node.path("description").asText("").isBlank()) {
                findings.add(spec.finding(id(), pointer, "the response has no description"));
            }
        });
        return findings;
    }
}
