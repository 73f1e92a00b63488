package org.contractfirst.spec.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Every operation has an operationId in lowerCamelCase, unique in its spec: it names the generated methods. */
public final class OperationIds implements NormalisationRule {

    private static final Pattern LOWER_CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");

    @Override
    public String id() {
        return "operation-id";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Operations operation : Operations.of(spec)) {
            String pointer = operation.pointer() + "/operationId";
            String operationId = operation.node().path("operationId").asText("");
            if (operationId.isEmpty()) {
                findings.add(spec.finding(id(), pointer, operation.label() + " has no operationId"));
            } else if (!LOWER_CAMEL_CASE.matcher(operationId).matches()) {
                findings.add(spec.finding(id(), pointer, "'" + operationId + "' is not lowerCamelCase"));
            } else if (seen.putIfAbsent(operationId, pointer) != null) {
                findings.add(spec.finding(id(), pointer, "'" + operationId + "' is also used at " + seen.get(operationId)));
            }
        }
        return findings;
    }
}
