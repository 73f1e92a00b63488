package org.contractfirst.spec.breaking.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.List;
import java.util.Objects;

/**
 * A request value's {@code default}: what a server assumes when a client leaves the value out. A valid request stays
 * valid, but it may now mean something else.
 */
public final class DefaultValue implements ChangeRule.OfSchema {

    private static final Kind CHANGED = Kind.informational("request-default-changed");

    @Override
    public List<Kind> kinds() {
        return List.of(CHANGED);
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        JsonNode before = pair.before().has("default") ? pair.before().where("default").value() : null;
        JsonNode after = pair.after().has("default") ? pair.after().where("default").value() : null;
        if (pair.direction() == Direction.REQUEST && !Objects.equals(before, after)) {
            changes.report(CHANGED, pair.where(), pair.before().where("default"), pair.after().where("default"),
                    "default " + before + " became " + after + "; clients that leave it out may get another outcome");
        }
    }
}
