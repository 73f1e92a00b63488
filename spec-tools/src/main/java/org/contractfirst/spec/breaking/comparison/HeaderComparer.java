package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Elements;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;
import org.contractfirst.spec.breaking.SchemaPair;
import org.contractfirst.spec.breaking.WireSchema;

/** Compares a response header: its own rules, then its schema, which servers write. */
final class HeaderComparer {

    private HeaderComparer() {
    }

    static void compare(Comparison comparison, Pair<Node> headers) {
        Comparison.rules(ChangeRule.OfHeader.class).forEach(rule -> rule.judge(headers, comparison.changes));
        SchemaComparer.compare(comparison, new SchemaPair(WireSchema.of(Elements.schema(headers.before())),
                WireSchema.of(Elements.schema(headers.after())), Direction.RESPONSE, headers.where(), "", false,
                null, null));
    }
}
