package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;

/** A response header made optional breaks the clients that count on it; one made required breaks none. */
public final class HeaderRequired implements ChangeRule.OfHeader {

    private static final Kind MADE_OPTIONAL = Kind.breaking("response-header-made-optional");
    private static final Kind MADE_REQUIRED = Kind.compatible("response-header-made-required");

    @Override
    public List<Kind> kinds() {
        return List.of(MADE_OPTIONAL, MADE_REQUIRED);
    }

    @Override
    public void judge(Pair<Node> headers, Changes changes) {
        boolean before = headers.before().flag("required");
        boolean after = headers.after().flag("required");
        if (before != after) {
            changes.report(after ? MADE_REQUIRED : MADE_OPTIONAL, headers.where(), headers.before().get("required"),
                    headers.after().get("required"), after ? "the header is now always sent"
                            : "the header is now optional; clients that count on it may not get it");
        }
    }
}
