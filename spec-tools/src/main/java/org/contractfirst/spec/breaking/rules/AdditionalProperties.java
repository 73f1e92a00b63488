package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.List;

/**
 * Whether an object takes properties it does not name: {@code additionalProperties: false} closes it, anything else
 * (left out, true, a schema) leaves it open; what an open object's extra values must be is compared as a schema.
 */
public final class AdditionalProperties implements ChangeRule.OfSchema {

    private static final Directional KINDS = Directional.of("request-additional-properties-closed",
            "request-additional-properties-opened", "response-additional-properties-opened",
            "response-additional-properties-closed");

    @Override
    public List<Kind> kinds() {
        return KINDS.kinds();
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        boolean before = pair.before().closed();
        boolean after = pair.after().closed();
        if (before != after && pair.after().types().contains("object")) {
            changes.report(KINDS, pair.direction(), after, pair.where(), pair.before().where("additionalProperties"),
                    pair.after().where("additionalProperties"), after
                            ? "the object no longer takes properties it does not name"
                            : "the object now takes properties it does not name");
        }
    }
}
