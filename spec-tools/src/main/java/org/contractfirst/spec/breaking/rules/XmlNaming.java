package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How an XML body spells a value: its element or attribute name (its {@code xml.name}, else its property name, else
 * for a body the component it refers to), whether an array is wrapped, whether a value is an attribute, and its
 * namespace. Each is the wire format itself, so a change breaks both sides, whichever way it goes. A name the spec
 * no longer gives (an inline body without {@code xml.name}) is a change; one given where it gave none is not, as it
 * may be the name tools used all along.
 */
public final class XmlNaming implements ChangeRule.OfSchema {

    private final Kind kind;
    private final String field;
    private final Function<SchemaPair, String> before;
    private final Function<SchemaPair, String> after;

    private XmlNaming(String id, String field, Function<SchemaPair, String> before, Function<SchemaPair, String> after) {
        this.kind = Kind.breaking(id);
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public static XmlNaming name() {
        return new XmlNaming("xml-name-changed", "name", SchemaPair::beforeName, SchemaPair::afterName);
    }

    public static XmlNaming wrapped() {
        return flag("xml-wrapped-changed", "wrapped");
    }

    public static XmlNaming attribute() {
        return flag("xml-attribute-changed", "attribute");
    }

    public static XmlNaming namespace() {
        return new XmlNaming("xml-namespace-changed", "namespace", pair -> pair.before().xml("namespace"),
                pair -> pair.after().xml("namespace"));
    }

    private static XmlNaming flag(String id, String field) {
        return new XmlNaming(id, field, pair -> String.valueOf("true".equals(pair.before().xml(field))),
                pair -> String.valueOf("true".equals(pair.after().xml(field))));
    }

    @Override
    public List<Kind> kinds() {
        return List.of(kind);
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        if (!pair.xml()) {
            return;
        }
        String was = before.apply(pair);
        String is = after.apply(pair);
        boolean unknown = field.equals("name") && was == null;
        if (!unknown && !Objects.equals(was, is)) {
            changes.report(kind, pair.where(), pair.before().where("xml"), pair.after().where("xml"),
                    "XML " + field + " " + was + (is == null ? " is no longer given" : " became " + is)
                            + "; the other side reads or writes the old one");
        }
    }
}
