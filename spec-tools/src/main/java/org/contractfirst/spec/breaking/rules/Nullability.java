package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.List;

/** Whether {@code null} is a value, spelt {@code nullable: true} (3.0) or {@code "null"} among the types (3.1). */
public final class Nullability implements ChangeRule.OfSchema {

    private static final Directional KINDS = Directional.of("request-nullable-removed", "request-nullable-added",
            "response-nullable-added", "response-nullable-removed");

    @Override
    public List<Kind> kinds() {
        return KINDS.kinds();
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        boolean before = pair.before().nullable();
        boolean after = pair.after().nullable();
        if (before != after) {
            String keyword = pair.before().has("nullable") || pair.after().has("nullable") ? "nullable" : "type";
            changes.report(KINDS, pair.direction(), before, pair.where(), pair.before().where(keyword),
                    pair.after().where(keyword), before ? "null is no longer allowed" : "null is now allowed");
        }
    }
}
