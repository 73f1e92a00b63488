package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.Alternatives;
import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;
import org.contractfirst.spec.breaking.WireSchema;

import java.util.List;

/**
 * The alternatives of a {@code oneOf} or {@code anyOf} (a schema without them is one alternative). One removed
 * narrows what the value may be, one added widens it; alternatives in both versions are compared one by one.
 */
public final class Variants implements ChangeRule.OfAlternatives {

    private static final Directional KINDS = Directional.of("request-variant-removed", "request-variant-added",
            "response-variant-added", "response-variant-removed");

    @Override
    public List<Kind> kinds() {
        return KINDS.kinds();
    }

    @Override
    public void judge(SchemaPair pair, Alternatives alternatives, Changes changes) {
        for (WireSchema removed : alternatives.removed()) {
            changes.report(KINDS, pair.direction(), true, pair.where(), removed.node(), pair.after().node(),
                    "the alternative " + Alternatives.label(removed) + " was removed");
        }
        for (WireSchema added : alternatives.added()) {
            changes.report(KINDS, pair.direction(), false, pair.where(), pair.before().node(), added.node(),
                    "the alternative " + Alternatives.label(added) + " was added");
        }
    }
}
