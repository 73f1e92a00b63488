package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;

/** A request body made required breaks the clients that send none; one made optional breaks none. */
public final class RequestBodyRequired implements ChangeRule.OfRequestBody {

    private static final Kind MADE_REQUIRED = Kind.breaking("request-body-made-required");
    private static final Kind MADE_OPTIONAL = Kind.compatible("request-body-made-optional");

    @Override
    public List<Kind> kinds() {
        return List.of(MADE_REQUIRED, MADE_OPTIONAL);
    }

    @Override
    public void judge(Pair<Node> bodies, Changes changes) {
        boolean before = bodies.before().flag("required");
        boolean after = bodies.after().flag("required");
        if (before != after) {
            changes.report(after ? MADE_REQUIRED : MADE_OPTIONAL, bodies.where(), bodies.before().get("required"),
                    bodies.after().get("required"), after
                            ? "the body is now required; clients that send none are rejected" : "the body is now optional");
        }
    }
}
