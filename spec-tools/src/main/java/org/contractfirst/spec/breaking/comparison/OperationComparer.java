package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Operation;
import org.contractfirst.spec.breaking.Pair;

import java.util.Map;

/** Compares an operation: its own rules, then each parameter, the request body and each response in both versions. */
final class OperationComparer {

    private OperationComparer() {
    }

    static void compare(Comparison comparison, Pair<Operation> operations) {
        Comparison.rules(ChangeRule.OfOperation.class).forEach(rule -> rule.judge(operations, comparison.changes));
        Map<String, Node> old = operations.before().parameters();
        operations.after().parameters().forEach((key, parameter) -> {
            if (old.containsKey(key)) {
                ParameterComparer.compare(comparison, new Pair<>(old.get(key), parameter, Direction.REQUEST,
                        operations.where() + " " + parameter.text("in") + " parameter `" + parameter.text("name") + "`"));
            }
        });
        Node oldBody = operations.before().requestBody();
        Node newBody = operations.after().requestBody();
        if (oldBody.exists() && newBody.exists()) {
            RequestBodyComparer.compare(comparison,
                    new Pair<>(oldBody, newBody, Direction.REQUEST, operations.where() + " request body"));
        }
        Map<String, Node> oldResponses = operations.before().responses();
        operations.after().responses().forEach((status, response) -> {
            if (oldResponses.containsKey(status)) {
                ResponseComparer.compare(comparison, new Pair<>(oldResponses.get(status), response,
                        Direction.RESPONSE, operations.where() + " response " + status));
            }
        });
    }
}
