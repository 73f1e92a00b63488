package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.layout.ShapeWalker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every component is reachable from the paths or the security requirements: following each $ref from there
 * reaches it. A component used only by another unused component is unused too.
 */
public final class NoUnusedComponents implements NormalisationRule {

    private static final String SECURITY_SCHEMES = "/components/securitySchemes/";

    @Override
    public String id() {
        return "no-unused-components";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        JsonNode tree = spec.tree();
        Set<String> reached = new HashSet<>();
        Deque<JsonNode> toVisit = new ArrayDeque<>();
        tree.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("components")) {
                toVisit.add(field.getValue());
            }
        });
        Operations.of(spec).forEach(operation -> usedSchemes(operation.node().path("security"), reached));
        usedSchemes(tree.path("security"), reached);
        while (!toVisit.isEmpty()) {
            JsonNode node = toVisit.pop();
            if (node.has("$ref") && node.get("$ref").isTextual()) {
                String target = node.get("$ref").asText().substring(1);
                if (reached.add(target)) {
                    toVisit.add(tree.at(target));
                }
            }
            node.elements().forEachRemaining(toVisit::add);
        }
        List<Finding> findings = new ArrayList<>();
        tree.path("components").fields().forEachRemaining(section -> section.getValue().fieldNames()
                .forEachRemaining(name -> {
                    String pointer = "/components/" + section.getKey() + "/" + ShapeWalker.escape(name);
                    if (!reached.contains(pointer)) {
                        findings.add(spec.finding(id(), pointer, "no operation or security requirement uses it"));
                    }
                }));
        return findings;
    }

    private static void usedSchemes(JsonNode requirements, Set<String> reached) {
        requirements.forEach(requirement -> requirement.fieldNames()
                .forEachRemaining(scheme -> reached.add(SECURITY_SCHEMES + ShapeWalker.escape(scheme))));
    }
}
