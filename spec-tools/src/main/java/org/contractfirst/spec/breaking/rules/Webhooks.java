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
 * The calls an API makes to its subscribers (3.1 {@code webhooks}): one removed is an event subscribers no longer
 * receive; one added is an event they may ignore.
 */
public final class Webhooks implements ChangeRule.OfDocument {

    private static final Kind REMOVED = Kind.breaking("webhook-removed");
    private static final Kind ADDED = Kind.compatible("webhook-added");

    @Override
    public List<Kind> kinds() {
        return List.of(REMOVED, ADDED);
    }

    @Override
    public void judge(Pair<Node> documents, Changes changes) {
        Map<String, Node> old = calls(documents.before());
        Map<String, Node> now = calls(documents.after());
        old.forEach((call, node) -> {
            if (!now.containsKey(call)) {
                changes.report(REMOVED, "webhooks", node, documents.after(), "the webhook " + call
                        + " was removed; subscribers no longer receive it");
            }
        });
        now.forEach((call, node) -> {
            if (!old.containsKey(call)) {
                changes.report(ADDED, "webhooks", documents.before(), node, "a new webhook " + call);
            }
        });
    }

    /** Each webhook call, as {@code name: METHOD}, with the operation that describes it. */
    private static Map<String, Node> calls(Node document) {
        Map<String, Node> calls = new LinkedHashMap<>();
        Operation.in(document.get("webhooks"), document).forEach(call -> calls.put("`" + call.path() + "`: "
                + call.method().toUpperCase(Locale.ROOT), call.node()));
        return calls;
    }
}
