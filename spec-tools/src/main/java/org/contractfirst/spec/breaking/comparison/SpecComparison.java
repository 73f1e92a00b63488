package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.Change;
import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Operation;
import org.contractfirst.spec.breaking.Pair;
import org.contractfirst.spec.breaking.Source;

import java.util.List;
import java.util.Map;

/**
 * Compares two versions of a spec element by element, as the wire sees them: operations, then their parameters,
 * request bodies and responses, down to every schema. The rules of
 * {@link org.contractfirst.spec.breaking.rules.ChangeRules} judge each matched pair.
 */
public final class SpecComparison {

    private SpecComparison() {
    }

    public static List<Change> compare(Source before, Source after) {
        Comparison comparison = new Comparison();
        Pair<Node> documents = new Pair<>(before.root(), after.root(), null, "the spec");
        Comparison.rules(ChangeRule.OfDocument.class).forEach(rule -> rule.judge(documents, comparison.changes));
        Map<String, Operation> old = Operation.of(before.root());
        Operation.of(after.root()).forEach((key, operation) -> {
            if (old.containsKey(key)) {
                String where = "`" + operation.label() + "`";
                comparison.changes.within(where);
                OperationComparer.compare(comparison, new Pair<>(old.get(key), operation, null, where));
            }
        });
        return comparison.changes.list();
    }
}
