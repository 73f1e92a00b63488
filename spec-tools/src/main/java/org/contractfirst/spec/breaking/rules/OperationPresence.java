package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Operation;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;
import java.util.Map;

/** An operation removed breaks every client that calls it; a new operation breaks none. */
public final class OperationPresence implements ChangeRule.OfDocument {

    private static final Removal REMOVED = Removal.of("operation-removed");
    private static final Kind ADDED = Kind.compatible("operation-added");

    @Override
    public List<Kind> kinds() {
        return REMOVED.kindsAnd(ADDED);
    }

    @Override
    public void judge(Pair<Node> documents, Changes changes) {
        Map<String, Operation> old = Operation.of(documents.before());
        Map<String, Operation> now = Operation.of(documents.after());
        old.forEach((key, operation) -> {
            if (!now.containsKey(key)) {
                REMOVED.report(changes, "`" + operation.label() + "`", operation.node(), documents.after().get("paths"),
                        "the operation", "the operation was removed; clients that call it get an error");
            }
        });
        now.forEach((key, operation) -> {
            if (!old.containsKey(key)) {
                changes.report(ADDED, "`" + operation.label() + "`", documents.before().get("paths"), operation.node(),
                        "a new operation");
            }
        });
    }
}
