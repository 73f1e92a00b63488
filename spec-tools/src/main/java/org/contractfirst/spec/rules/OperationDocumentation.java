package org.contractfirst.spec.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A per-operation requirement: a summary, a tag, a security requirement. Security may be inherited from the
 * top-level {@code security}; an explicit empty list on the operation counts as none.
 */
public final class OperationDocumentation implements NormalisationRule {

    private final String id;
    private final String field;
    private final String missing;
    private final Predicate<Context> present;

    private record Context(SpecDocument spec, JsonNode operation) {
    }

    private OperationDocumentation(String id, String field, String missing, Predicate<Context> present) {
        this.id = id;
        this.field = field;
        this.missing = missing;
        this.present = present;
    }

    public static OperationDocumentation summary() {
        return new OperationDocumentation("operation-summary", "summary", "has no summary",
                context -> !context.operation().path("summary").asText("").isBlank());
    }

    public static OperationDocumentation tag() {
        return new OperationDocumentation("operation-tag", "tags", "has no tag",
                context -> context.operation().path("tags").size() > 0);
    }

    public static OperationDocumentation security() {
        return new OperationDocumentation("operation-security", "security", "has no security requirement",
                context -> (context.operation().has("security") ? context.operation() : context.spec().tree())
                        .path("security").size() > 0);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        List<Finding> findings = new ArrayList<>();
        for (Operations operation : Operations.of(spec)) {
            if (!present.test(new Context(spec, operation.node()))) {
                findings.add(spec.finding(id, operation.pointer() + "/" + field, operation.label() + " " + missing));
            }
        }
        return findings;
    }
}
