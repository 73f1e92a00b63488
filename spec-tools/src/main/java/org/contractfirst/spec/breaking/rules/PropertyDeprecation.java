package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.List;

/** A deprecated property still works; those who send or read it should hear that it is going. */
public final class PropertyDeprecation implements ChangeRule.OfSchema {

    private static final Kind DEPRECATED = Kind.informational("property-deprecated");

    @Override
    public List<Kind> kinds() {
        return List.of(DEPRECATED);
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        if (!pair.path().isEmpty() && !pair.before().flag("deprecated") && pair.after().flag("deprecated")) {
            changes.report(DEPRECATED, pair.where(), pair.before().node(), pair.after().where("deprecated"),
                    "the property is deprecated");
        }
    }
}
