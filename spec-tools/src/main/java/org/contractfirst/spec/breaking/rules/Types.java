package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON types a value may have ({@code null} is {@link Nullability}'s). Fewer types narrow it, more widen it
 * ({@code integer} is within {@code number}; no type is any type); a type swapped for another is neither, and
 * breaks both sides.
 */
public final class Types implements ChangeRule.OfSchema {

    private static final Directional KINDS = Directional.of("request-type-narrowed", "request-type-widened",
            "response-type-widened", "response-type-narrowed");
    private static final Kind REQUEST_CHANGED = Kind.breaking("request-type-changed");
    private static final Kind RESPONSE_CHANGED = Kind.breaking("response-type-changed");

    @Override
    public List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>(KINDS.kinds());
        kinds.addAll(List.of(REQUEST_CHANGED, RESPONSE_CHANGED));
        return kinds;
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        Set<String> before = pair.before().types();
        Set<String> after = pair.after().types();
        if (before.equals(after)) {
            return;
        }
        String what = "type " + describe(before) + " became " + describe(after);
        if (within(after, before) || within(before, after)) {
            changes.report(KINDS, pair.direction(), within(after, before), pair.where(), pair.before().where("type"),
                    pair.after().where("type"), what);
        } else {
            changes.report(pair.direction() == Direction.REQUEST ? REQUEST_CHANGED
                            : RESPONSE_CHANGED, pair.where(), pair.before().where("type"), pair.after().where("type"),
                    what + "; values of the old type are not values of the new one");
        }
    }

    /** Whether every value of the types {@code inner} is a value of the types {@code outer}. */
    private static boolean within(Set<String> inner, Set<String> outer) {
        if (outer.isEmpty()) {
            return true;
        }
        return !inner.isEmpty() && inner.stream().allMatch(type -> outer.contains(type)
                || type.equals("integer") && outer.contains("number"));
    }

    private static String describe(Set<String> types) {
        return types.isEmpty() ? "any" : String.join(" or ", types);
    }
}
