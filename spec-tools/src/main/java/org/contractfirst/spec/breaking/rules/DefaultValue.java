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
 * A request value's {@code default}: what a server assumes when a client leaves the value out. A default changed or
 * removed changes what such a request means: the client that relied on it gets another outcome from the same bytes.
 * A default added where there was none only names what the server assumed.
 */
public final class DefaultValue implements ChangeRule.OfSchema {

    private static final Kind CHANGED = Kind.breaking("request-default-changed");
    private static final Kind ADDED = Kind.compatible("request-default-added");

    @Override
    public List<Kind> kinds() {
        return List.of(CHANGED, ADDED);
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        JsonNode before = pair.before().has("default") ? pair.before().where("default").value() : null;
        JsonNode after = pair.after().has("default") ? pair.after().where("default").value() : null;
        if (pair.direction() != Direction.REQUEST || Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            changes.report(ADDED, pair.where(), pair.before().where("default"), pair.after().where("default"),
                    "default " + after + " was added");
        } else {
            changes.report(CHANGED, pair.where(), pair.before().where("default"), pair.after().where("default"),
                    "default " + before + (after == null ? " was removed" : " became " + after)
                            + "; clients that leave the value out get another outcome from the same request");
        }
    }
}
