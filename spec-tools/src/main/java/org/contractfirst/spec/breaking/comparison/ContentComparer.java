package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Elements;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.Pair;
import org.contractfirst.spec.breaking.SchemaPair;
import org.contractfirst.spec.breaking.WireSchema;

import java.util.Map;

/**
 * Compares the media types of a body: the rules of the content as a whole, then, for each media type in both
 * versions, its own rules and its schema. An XML body's root element is named by the schema's {@code xml.name},
 * else by the component the schema refers to.
 */
final class ContentComparer {

    private ContentComparer() {
    }

    static void compare(Comparison comparison, Pair<Node> content) {
        Map<String, Node> old = Elements.content(content.before());
        Map<String, Node> now = Elements.content(content.after());
        Comparison.rules(ChangeRule.OfContent.class).forEach(rule -> rule.judge(content, comparison.changes));
        now.forEach((type, after) -> {
            if (!old.containsKey(type)) {
                return;
            }
            String where = content.where() + " `" + type + "`";
            Pair<Node> pair = new Pair<>(old.get(type), after, content.direction(), where);
            Comparison.rules(ChangeRule.OfMediaType.class).forEach(rule -> rule.judge(pair, comparison.changes));
            WireSchema before = WireSchema.of(old.get(type).get("schema"));
            WireSchema schema = WireSchema.of(after.get("schema"));
            boolean xml = Elements.isXml(type);
            SchemaComparer.compare(comparison, new SchemaPair(before, schema, content.direction(), where, "", xml,
                    xml ? rootName(before) : null, xml ? rootName(schema) : null));
        });
    }

    private static String rootName(WireSchema schema) {
        return schema.xml("name") != null ? schema.xml("name") : schema.name();
    }
}
