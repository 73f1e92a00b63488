package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.Alternatives;
import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.SchemaPair;
import org.contractfirst.spec.breaking.WireSchema;

import java.util.Map;

/**
 * Compares two versions of a schema: alternatives matched and compared one by one, else the schema rules, then
 * each property on the wire in both versions, the items and the schema of additional properties, to any depth.
 */
final class SchemaComparer {

    private SchemaComparer() {
    }

    static void compare(Comparison comparison, SchemaPair pair) {
        if (!comparison.firstVisit(key(comparison, pair))) {
            return;
        }
        if (!pair.before().composed() && !pair.after().composed()) {
            compareOne(comparison, pair);
            return;
        }
        Alternatives alternatives = Alternatives.match(pair.before(), pair.after());
        Comparison.rules(ChangeRule.OfAlternatives.class)
                .forEach(rule -> rule.judge(pair, alternatives, comparison.changes));
        boolean several = alternatives.matched().size() > 1;
        for (Alternatives.Matched matched : alternatives.matched()) {
            String path = several ? (pair.path() + " (" + Alternatives.label(matched.after()) + ")").trim() : pair.path();
            SchemaPair alternative = pair.child(matched.before(), matched.after(), path, pair.beforeName(),
                    pair.afterName());
            if (comparison.firstVisit(key(comparison, alternative))) {
                compareOne(comparison, alternative);
            }
        }
    }

    private static void compareOne(Comparison comparison, SchemaPair pair) {
        Comparison.rules(ChangeRule.OfSchema.class).forEach(rule -> rule.judge(pair, comparison.changes));
        WireSchema before = pair.before();
        WireSchema after = pair.after();
        Direction direction = pair.direction();
        Map<String, Node> old = before.properties();
        after.properties().forEach((name, property) -> {
            if (old.containsKey(name) && before.onTheWire(name, direction) && after.onTheWire(name, direction)) {
                WireSchema was = WireSchema.of(old.get(name));
                WireSchema is = WireSchema.of(property);
                compare(comparison, pair.child(was, is, join(pair.path(), name), elementName(pair, was, name),
                        elementName(pair, is, name)));
            }
        });
        if (before.has("items") || after.has("items")) {
            WireSchema was = WireSchema.of(before.items());
            WireSchema is = WireSchema.of(after.items());
            compare(comparison, pair.child(was, is, pair.path() + "[]", elementName(pair, was, pair.beforeName()),
                    elementName(pair, is, pair.afterName())));
        }
        boolean extraValues = before.additionalProperties().exists() || after.additionalProperties().exists();
        if (extraValues && !before.closed() && !after.closed()) {
            compare(comparison, pair.child(WireSchema.of(before.additionalProperties()),
                    WireSchema.of(after.additionalProperties()), pair.path() + "{}", null, null));
        }
    }

    /** The element name of an XML value: its own {@code xml.name}, else the name it has in its parent. */
    private static String elementName(SchemaPair pair, WireSchema schema, String inParent) {
        if (!pair.xml()) {
            return null;
        }
        return schema.xml("name") != null ? schema.xml("name") : inParent;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * A pair compared once per operation that reaches it: the walk ends round a recursive schema, and a shared
     * schema's change is heard from every operation it reaches ({@link org.contractfirst.spec.breaking.Changes} makes them one finding).
     */
    private static String key(Comparison comparison, SchemaPair pair) {
        return comparison.changes.operation() + " " + pair.direction() + " " + pair.xml() + " " + identity(pair.before()) + " " + identity(pair.after()) + " "
                + pair.beforeName() + " " + pair.afterName();
    }

    private static String identity(WireSchema schema) {
        Node node = schema.node().resolved();
        return node.source().name() + "#" + node.pointer();
    }
}
