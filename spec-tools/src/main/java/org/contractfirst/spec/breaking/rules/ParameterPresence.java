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
 * Parameters of every kind (path, query, header, cookie) that came or went. A new required one breaks every
 * client that does not send it; a removed one is no longer read, so what clients send with it is lost.
 */
public final class ParameterPresence implements ChangeRule.OfOperation {

    private static final Removal REMOVED = Removal.of("request-parameter-removed");
    private static final Kind REQUIRED_ADDED = Kind.breaking("request-required-parameter-added");
    private static final Kind ADDED = Kind.compatible("request-parameter-added");

    @Override
    public List<Kind> kinds() {
        return REMOVED.kindsAnd(REQUIRED_ADDED, ADDED);
    }

    @Override
    public void judge(Pair<Operation> operations, Changes changes) {
        Map<String, Node> old = operations.before().parameters();
        Map<String, Node> now = operations.after().parameters();
        old.forEach((key, parameter) -> {
            if (!now.containsKey(key)) {
                REMOVED.report(changes, where(operations, parameter), parameter, operations.after().node(),
                        "the parameter", "the parameter was removed; servers no longer read what clients send in it");
            }
        });
        now.forEach((key, parameter) -> {
            if (!old.containsKey(key)) {
                boolean required = parameter.flag("required") || "path".equals(parameter.text("in"));
                changes.report(required ? REQUIRED_ADDED : ADDED, where(operations, parameter),
                        operations.before().node(), parameter, required
                                ? "a new required parameter; clients that do not send it are rejected"
                                : "a new optional parameter");
            }
        });
    }

    private static String where(Pair<Operation> operations, Node parameter) {
        return operations.where() + " " + parameter.text("in") + " parameter `" + parameter.text("name") + "`";
    }
}
