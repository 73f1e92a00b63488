package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

/** Compares a request body: its own rules, then its media types. */
final class RequestBodyComparer {

    private RequestBodyComparer() {
    }

    static void compare(Comparison comparison, Pair<Node> bodies) {
        Comparison.rules(ChangeRule.OfRequestBody.class).forEach(rule -> rule.judge(bodies, comparison.changes));
        ContentComparer.compare(comparison, new Pair<>(bodies.before().get("content"), bodies.after().get("content"),
                Direction.REQUEST, bodies.where()));
    }
}
