package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Elements;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;

import java.util.Map;

/** Compares a response: its own rules, then each header in both versions, then its media types. */
final class ResponseComparer {

    private ResponseComparer() {
    }

    static void compare(Comparison comparison, Pair<Node> responses) {
        Comparison.rules(ChangeRule.OfResponse.class).forEach(rule -> rule.judge(responses, comparison.changes));
        Map<String, Node> old = Elements.headers(responses.before());
        Elements.headers(responses.after()).forEach((name, header) -> {
            if (old.containsKey(name)) {
                HeaderComparer.compare(comparison, new Pair<>(old.get(name), header, Direction.RESPONSE,
                        responses.where() + " header `" + Elements.key(header) + "`"));
            }
        });
        ContentComparer.compare(comparison, new Pair<>(responses.before().get("content"),
                responses.after().get("content"), Direction.RESPONSE, responses.where()));
    }
}
