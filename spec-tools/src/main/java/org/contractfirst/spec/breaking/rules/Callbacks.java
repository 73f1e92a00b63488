package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Operation;
import org.contractfirst.spec.breaking.Pair;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calls an operation makes back to its client ({@code callbacks}): one removed is a call the client waits for in
 * vain; one added is a call to a URL the client gives, which it may ignore.
 */
public final class Callbacks implements ChangeRule.OfOperation {

    private static final Kind REMOVED = Kind.breaking("callback-removed");
    private static final Kind ADDED = Kind.compatible("callback-added");

    @Override
    public List<Kind> kinds() {
        return List.of(REMOVED, ADDED);
    }

    @Override
    public void judge(Pair<Operation> operations, Changes changes) {
        Map<String, Node> old = calls(operations.before());
        Map<String, Node> now = calls(operations.after());
        old.forEach((call, node) -> {
            if (!now.containsKey(call)) {
                changes.report(REMOVED, operations.where(), node, operations.after().node(), "the callback " + call
                        + " was removed; clients that wait for it wait in vain");
            }
        });
        now.forEach((call, node) -> {
            if (!old.containsKey(call)) {
                changes.report(ADDED, operations.where(), operations.before().node(), node, "a new callback " + call);
            }
        });
    }

    /** Each call back, as {@code name: METHOD expression}, with the operation that describes it. */
    private static Map<String, Node> calls(Operation operation) {
        Map<String, Node> calls = new LinkedHashMap<>();
        operation.node().get("callbacks").fields().forEach((name, callback) -> Operation.in(callback.resolved(),
                operation.document()).forEach(call -> calls.put("`" + name + "`: " + call.method().toUpperCase(Locale.ROOT)
                + " `" + call.path() + "`", call.node())));
        return calls;
    }
}
