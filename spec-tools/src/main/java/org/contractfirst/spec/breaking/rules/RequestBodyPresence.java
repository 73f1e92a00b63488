package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Operation;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;

/** A request body that came or went: a new required one, or a removed one, breaks the clients of the old spec. */
public final class RequestBodyPresence implements ChangeRule.OfOperation {

    private static final Kind REMOVED = Kind.breaking("request-body-removed");
    private static final Kind REQUIRED_ADDED = Kind.breaking("request-required-body-added");
    private static final Kind ADDED = Kind.compatible("request-body-added");

    @Override
    public List<Kind> kinds() {
        return List.of(REMOVED, REQUIRED_ADDED, ADDED);
    }

    @Override
    public void judge(Pair<Operation> operations, Changes changes) {
        Node before = operations.before().requestBody();
        Node after = operations.after().requestBody();
        String where = operations.where() + " request body";
        if (before.exists() && !after.exists()) {
            changes.report(REMOVED, where, before, operations.after().node(),
                    "the request body was removed; servers no longer read what clients send");
        } else if (!before.exists() && after.exists()) {
            boolean required = after.flag("required");
            changes.report(required ? REQUIRED_ADDED : ADDED, where, operations.before().node(), after, required
                    ? "a new required request body; clients that send none are rejected" : "a new optional request body");
        }
    }
}
