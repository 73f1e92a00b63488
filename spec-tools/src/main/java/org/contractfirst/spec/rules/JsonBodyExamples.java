package org.contractfirst.spec.rules;

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
            operation.forEachResponseBody(spec, status -> status.startsWith("2") || status.startsWith("4"),
                    (status, pointer, mediaType, media) -> {
                        if (MediaTypes.isJson(mediaType) && !media.has("example") && !media.has("examples")) {
                            findings.add(spec.finding(id(), pointer,
                                    operation.label() + " " + status + " has a JSON body without an example"));
                        }
                    });
        }
        return findings.stream().distinct().toList();
    }
}
