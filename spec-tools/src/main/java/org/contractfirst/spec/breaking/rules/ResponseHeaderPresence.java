package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Elements;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;
import java.util.Map;

/** A documented response header removed breaks the clients that read it; a new one breaks none. */
public final class ResponseHeaderPresence implements ChangeRule.OfResponse {

    private static final Removal REMOVED = Removal.of("response-header-removed");
    private static final Kind ADDED = Kind.compatible("response-header-added");

    @Override
    public List<Kind> kinds() {
        return REMOVED.kindsAnd(ADDED);
    }

    @Override
    public void judge(Pair<Node> responses, Changes changes) {
        Map<String, Node> old = Elements.headers(responses.before());
        Map<String, Node> now = Elements.headers(responses.after());
        old.forEach((name, header) -> {
            if (!now.containsKey(name)) {
                REMOVED.report(changes, responses.where() + " header `" + Elements.key(header) + "`", header,
                        responses.after(), "the header", "the header was removed; clients that read it no longer get it");
            }
        });
        now.forEach((name, header) -> {
            if (!old.containsKey(name)) {
                changes.report(ADDED, responses.where() + " header `" + Elements.key(header) + "`", responses.before(), header,
                        "a new documented header");
            }
        });
    }
}
