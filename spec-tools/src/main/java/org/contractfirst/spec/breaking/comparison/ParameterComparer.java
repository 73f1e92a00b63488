package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Elements;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;
import org.contractfirst.spec.breaking.SchemaPair;
import org.contractfirst.spec.breaking.WireSchema;

/** Compares a parameter: its own rules, then its schema, which clients write. */
final class ParameterComparer {

    private ParameterComparer() {
    }

    static void compare(Comparison comparison, Pair<Node> parameters) {
        Comparison.rules(ChangeRule.OfParameter.class).forEach(rule -> rule.judge(parameters, comparison.changes));
        SchemaComparer.compare(comparison, new SchemaPair(WireSchema.of(Elements.schema(parameters.before())),
                WireSchema.of(Elements.schema(parameters.after())), Direction.REQUEST, parameters.where(), "", false,
                null, null));
    }
}
