package org.contractfirst.spec.rules;

import java.util.ArrayList;
import java.util.List;

/** swagger-parser reads the spec as OpenAPI 3.0.3 with no error and no warning. */
public final class ParsesCleanly implements NormalisationRule {

    static final String VERSION = "3.0.3";

    @Override
    public String id() {
        return "parses-cleanly";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        spec.parserMessages().forEach(message -> findings.add(spec.finding(id(), "", message)));
        if (spec.model() == null) {
            findings.add(spec.finding(id(), "", "swagger-parser produced no model"));
        }
        String version = spec.tree().path("openapi").asText();
        if (!VERSION.equals(version)) {
            findings.add(spec.finding(id(), "/openapi", "declares '" + version + "', not " + VERSION));
        }
        return findings;
    }
}
