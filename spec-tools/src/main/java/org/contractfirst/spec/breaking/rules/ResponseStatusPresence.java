package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Operation;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;
import java.util.Map;

/**
 * The documented statuses of an operation. A removed one breaks the clients (and generated code) that handle it,
 * and a status put in its place is a removal plus an addition; a status added beside the others breaks none.
 */
public final class ResponseStatusPresence implements ChangeRule.OfOperation {

    private static final Kind REMOVED = Kind.breaking("response-status-removed");
    private static final Kind ADDED = Kind.compatible("response-status-added");

    @Override
    public List<Kind> kinds() {
        return List.of(REMOVED, ADDED);
    }

    @Override
    public void judge(Pair<Operation> operations, Changes changes) {
        Map<String, Node> old = operations.before().responses();
        Map<String, Node> now = operations.after().responses();
        Node beforeAt = operations.before().node().get("responses");
        Node afterAt = operations.after().node().get("responses");
        old.keySet().forEach(status -> {
            if (!now.containsKey(status)) {
                changes.report(REMOVED, operations.where() + " response " + status, beforeAt.get(status), afterAt,
                        "the response was removed; clients that handle it no longer get it as documented");
            }
        });
        now.keySet().forEach(status -> {
            if (!old.containsKey(status)) {
                changes.report(ADDED, operations.where() + " response " + status, beforeAt, afterAt.get(status),
                        "a new documented response");
            }
        });
    }
}
