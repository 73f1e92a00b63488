package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.List;

/** An array's {@code uniqueItems}: set, it rejects repeated items; dropped, it allows them. */
public final class UniqueItems implements ChangeRule.OfSchema {

    private static final Directional KINDS = Directional.of("request-unique-items-added",
            "request-unique-items-removed", "response-unique-items-removed", "response-unique-items-added");

    @Override
    public List<Kind> kinds() {
        return KINDS.kinds();
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        boolean before = pair.before().flag("uniqueItems");
        boolean after = pair.after().flag("uniqueItems");
        if (before != after) {
            changes.report(KINDS, pair.direction(), after, pair.where(), pair.before().where("uniqueItems"),
                    pair.after().where("uniqueItems"), after ? "items must now be unique" : "items may now repeat");
        }
    }
}
