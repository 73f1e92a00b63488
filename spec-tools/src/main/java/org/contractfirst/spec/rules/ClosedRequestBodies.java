package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.layout.ShapeWalker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * No object a request body holds, however deep, is open ({@code additionalProperties} true or a schema) unless the
 * spec says why in {@code x-additional-properties-reason}: an open request object accepts any misspelt field in
 * silence, so a server cannot reject it and a client cannot be told.
 */
public final class ClosedRequestBodies implements NormalisationRule {

    static final String REASON = "x-additional-properties-reason";

    @Override
    public String id() {
        return "closed-request-body";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (Operations operation : Operations.of(spec)) {
            operation.node().path("requestBody").path("content").fields().forEachRemaining(media -> visit(spec,
                    operation.pointer() + "/requestBody/content/" + ShapeWalker.escape(media.getKey()) + "/schema",
                    media.getValue().path("schema"), visited, findings));
        }
        return findings;
    }

    private void visit(SpecDocument spec, String pointer, JsonNode schema, Set<String> visited, List<Finding> findings) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (visited.add(ref)) {
                visit(spec, ref.substring(1), spec.resolve(ref), visited, findings);
            }
            return;
        }
        JsonNode additional = schema.path("additionalProperties");
        boolean open = additional.isObject() || additional.isBoolean() && additional.asBoolean();
        if (open && schema.path(REASON).asText("").isBlank()) {
            findings.add(spec.finding(id(), pointer, "a request object is open (additionalProperties) without "
                    + REASON + " saying why"));
        }
        if (additional.isObject()) {
            visit(spec, pointer + "/additionalProperties", additional, visited, findings);
        }
        schema.path("properties").fields().forEachRemaining(property ->
                visit(spec, pointer + "/properties/" + ShapeWalker.escape(property.getKey()), property.getValue(),
                        visited, findings));
        visit(spec, pointer + "/items", schema.path("items"), visited, findings);
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            for (int i = 0; i < schema.path(composition).size(); i++) {
                visit(spec, pointer + "/" + composition + "/" + i, schema.path(composition).get(i), visited, findings);
            }
        }
    }
}
