package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;
import org.contractfirst.spec.breaking.WireSchema;

import java.util.List;
import java.util.Set;

/**
 * Which properties an object must have. In a request, a property made required (a new one among them) breaks the
 * clients that leave it out; in a response, one made optional breaks the clients that count on it.
 */
public final class RequiredProperties implements ChangeRule.OfSchema {

    private static final Directional KINDS = Directional.of("request-property-made-required",
            "request-property-made-optional", "response-property-made-optional", "response-property-made-required");

    @Override
    public List<Kind> kinds() {
        return KINDS.kinds();
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        WireSchema before = pair.before();
        WireSchema after = pair.after();
        Direction direction = pair.direction();
        Set<String> old = before.required();
        Set<String> now = after.required();
        for (String name : after.properties().keySet()) {
            if (!after.onTheWire(name, direction)) {
                continue;
            }
            boolean was = old.contains(name) && before.onTheWire(name, direction);
            boolean is = now.contains(name);
            boolean existed = before.onTheWire(name, direction);
            if (is && !was && (existed || direction == Direction.REQUEST)) {
                changes.report(KINDS, direction, true, pair.where(), before.where("required"), after.where("required"),
                        "`" + name + "` is now required");
            } else if (was && !is) {
                changes.report(KINDS, direction, false, pair.where(), before.where("required"), after.where("required"),
                        "`" + name + "` is now optional");
            }
        }
    }
}
