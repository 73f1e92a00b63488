package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A string's {@code pattern}. One added tightens it and one removed loosens it; one rewritten cannot be proven
 * to accept the same strings, so it breaks both sides.
 */
public final class Patterns implements ChangeRule.OfSchema {

    private static final Directional KINDS = Directional.of("request-pattern-added", "request-pattern-removed",
            "response-pattern-removed", "response-pattern-added");
    private static final Kind REQUEST_CHANGED = Kind.breaking("request-pattern-changed");
    private static final Kind RESPONSE_CHANGED = Kind.breaking("response-pattern-changed");

    @Override
    public List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>(KINDS.kinds());
        kinds.addAll(List.of(REQUEST_CHANGED, RESPONSE_CHANGED));
        return kinds;
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        String before = pair.before().text("pattern");
        String after = pair.after().text("pattern");
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null || after == null) {
            changes.report(KINDS, pair.direction(), before == null, pair.where(), pair.before().where("pattern"),
                    pair.after().where("pattern"), before == null ? "pattern `" + after + "` was added"
                            : "pattern `" + before + "` was removed");
        } else {
            changes.report(pair.direction() == Direction.REQUEST ? REQUEST_CHANGED : RESPONSE_CHANGED, pair.where(),
                    pair.before().where("pattern"), pair.after().where("pattern"), "pattern `" + before + "` became `"
                            + after + "`; strings of the old pattern may not match the new one");
        }
    }
}
