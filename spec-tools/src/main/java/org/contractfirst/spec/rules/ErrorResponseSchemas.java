package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.Finding;
import org.contractfirst.spec.NormalisationRule;
import org.contractfirst.spec.ShapeWalker;
import org.contractfirst.spec.SpecDocument;

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
            operation.node().path("responses").fields().forEachRemaining(response -> {
                String status = response.getKey();
                if (!status.startsWith("4") && !status.startsWith("5") && !status.equals("default")) {
                    return;
                }
                String pointer = operation.pointer() + "/responses/" + status;
                JsonNode body = response.getValue();
                if (body.has("$ref")) {
                    pointer = body.get("$ref").asText().substring(1);
                    body = spec.resolve(body.get("$ref").asText());
                }
                String responsePointer = pointer;
                body.path("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().has("schema")) {
                        findings.add(spec.finding(id(), responsePointer + "/content/" + ShapeWalker.escape(media.getKey()),
                                operation.label() + " " + status + " has a " + media.getKey() + " body without a schema"));
                    }
                });
            });
        }
        return findings.stream().distinct().toList();
    }
}
