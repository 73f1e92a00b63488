package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code discriminator} that says which alternative a value is: whether there is one, its property, and the
 * values its mapping names. One added is a property a server now reads the alternative from, refusing values that
 * name none; one removed leaves clients that read the alternative from it with no way to tell. Another property,
 * or a value that now names another schema, is read otherwise by both sides. A value removed is one a client may no
 * longer send, and one a server no longer answers; a value added is one a server may now answer, and one a client
 * may now send.
 */
public final class Discriminators implements ChangeRule.OfSchema {

    private static final Directional VALUES = Directional.of("request-discriminator-value-removed",
            "request-discriminator-value-added", "response-discriminator-value-added",
            "response-discriminator-value-removed");
    private static final Kind REQUEST_CHANGED = Kind.breaking("request-discriminator-changed");
    private static final Kind RESPONSE_CHANGED = Kind.breaking("response-discriminator-changed");
    private static final Directional PRESENCE = Directional.of("request-discriminator-added",
            "request-discriminator-removed", "response-discriminator-removed", "response-discriminator-added");

    @Override
    public List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>(VALUES.kinds());
        kinds.addAll(List.of(REQUEST_CHANGED, RESPONSE_CHANGED));
        kinds.addAll(PRESENCE.kinds());
        return kinds;
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        boolean had = pair.before().has("discriminator");
        boolean has = pair.after().has("discriminator");
        Node before = pair.before().where("discriminator");
        Node after = pair.after().where("discriminator");
        if (had != has) {
            changes.report(PRESENCE, pair.direction(), has, pair.where(), before, after, has
                    ? "a discriminator `" + after.text("propertyName") + "` now says which alternative a value is"
                    : "the discriminator `" + before.text("propertyName") + "` was removed");
            return;
        }
        if (!has) {
            return;
        }
        Kind changed = pair.direction() == Direction.REQUEST ? REQUEST_CHANGED : RESPONSE_CHANGED;
        if (!Objects.equals(before.text("propertyName"), after.text("propertyName"))) {
            changes.report(changed, pair.where(), before, after, "the discriminator property `"
                    + before.text("propertyName") + "` became `" + after.text("propertyName")
                    + "`; each side looks for the alternative where the other does not put it");
            return;
        }
        Map<String, String> old = mapping(before);
        Map<String, String> now = mapping(after);
        old.forEach((value, schema) -> {
            if (!now.containsKey(value)) {
                changes.report(VALUES, pair.direction(), true, pair.where(), before.get("mapping").get(value),
                        after, "the discriminator value `" + value + "` was removed");
            } else if (!now.get(value).equals(schema)) {
                changes.report(changed, pair.where(), before.get("mapping").get(value), after.get("mapping").get(value),
                        "the discriminator value `" + value + "` now names " + now.get(value) + ", not " + schema
                                + "; the two sides read the value as different alternatives");
            }
        });
        now.forEach((value, schema) -> {
            if (!old.containsKey(value)) {
                changes.report(VALUES, pair.direction(), false, pair.where(), before,
                        after.get("mapping").get(value), "the discriminator value `" + value + "` was added");
            }
        });
    }

    /** The mapping's values and the schemas they name, by component name where they are references. */
    private static Map<String, String> mapping(Node discriminator) {
        Map<String, String> mapping = new TreeMap<>();
        discriminator.get("mapping").fields().forEach((value, schema) -> mapping.put(value,
                Node.nameOf(schema.value().asText())));
        return mapping;
    }
}
