package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.Finding;
import org.contractfirst.spec.NormalisationRule;
import org.contractfirst.spec.ShapeWalker;
import org.contractfirst.spec.SpecDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Every JSON body of a 2xx or 4xx response carries an example (media type {@code example} or {@code examples}):
 * the reader sees a real body, and the conformance suite and the example check have one to work with.
 */
public final class JsonBodyExamples implements NormalisationRule {

    @Override
    public String id() {
        return "json-body-example";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        for (Operations operation : Operations.of(spec)) {
            operation.node().path("responses").fields().forEachRemaining(response -> {
                String status = response.getKey();
                if (!status.startsWith("2") && !status.startsWith("4")) {
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
                    if (MediaTypes.isJson(media.getKey())
                            && !media.getValue().has("example") && !media.getValue().has("examples")) {
                        findings.add(spec.finding(id(), responsePointer + "/content/" + ShapeWalker.escape(media.getKey()),
                                operation.label() + " " + status + " has a JSON body without an example"));
                    }
                });
            });
        }
        return findings.stream().distinct().toList();
    }
}
