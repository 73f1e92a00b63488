package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

import java.util.List;

/** A parameter made required breaks the clients that leave it out; one made optional breaks none. */
public final class ParameterRequired implements ChangeRule.OfParameter {

    private static final Kind MADE_REQUIRED = Kind.breaking("request-parameter-made-required");
    private static final Kind MADE_OPTIONAL = Kind.compatible("request-parameter-made-optional");

    @Override
    public List<Kind> kinds() {
        return List.of(MADE_REQUIRED, MADE_OPTIONAL);
    }

    @Override
    public void judge(Pair<Node> parameters, Changes changes) {
        boolean before = required(parameters.before());
        boolean after = required(parameters.after());
        if (before != after) {
            changes.report(after ? MADE_REQUIRED : MADE_OPTIONAL, parameters.where(), parameters.before().get("required"),
                    parameters.after().get("required"), after
                            ? "the parameter is now required; clients that leave it out are rejected"
                            : "the parameter is now optional");
        }
    }

    private static boolean required(Node parameter) {
        return parameter.flag("required") || "path".equals(parameter.text("in"));
    }
}
