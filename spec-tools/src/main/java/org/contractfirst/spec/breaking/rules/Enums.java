package org.contractfirst.spec.breaking.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values an {@code enum} (or a 3.1 {@code const}) allows. A value removed, or an enum where there was none,
 * narrows it; a value added, or the enum dropped, widens it. Values swapped both ways are judged by the way that
 * breaks.
 */
public final class Enums implements ChangeRule.OfSchema {

    private static final Directional KINDS = Directional.of("request-enum-narrowed", "request-enum-widened",
            "response-enum-widened", "response-enum-narrowed");

    @Override
    public List<Kind> kinds() {
        return KINDS.kinds();
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        Set<JsonNode> before = pair.before().enumValues();
        Set<JsonNode> after = pair.after().enumValues();
        if (before == null && after == null || before != null && before.equals(after)) {
            return;
        }
        boolean narrowed = after != null && (before == null || !after.containsAll(before));
        boolean widened = before != null && (after == null || !before.containsAll(after));
        boolean tightened = narrowed && (pair.direction() == Direction.REQUEST || !widened);
        String what = before == null ? "an enum now allows only " + list(after)
                : after == null ? "the enum of " + list(before) + " was removed"
                : tightened ? "values " + list(minus(before, after)) + " were removed from the enum"
                : "values " + list(minus(after, before)) + " were added to the enum";
        changes.report(KINDS, pair.direction(), tightened, pair.where(), pair.before().enumNode(),
                pair.after().enumNode(), what);
    }

    private static Set<JsonNode> minus(Set<JsonNode> from, Set<JsonNode> taken) {
        Set<JsonNode> rest = new LinkedHashSet<>(from);
        rest.removeAll(taken);
        return rest;
    }

    private static String list(Set<JsonNode> values) {
        return values.stream().map(value -> "`" + (value.isTextual() ? value.asText() : value.toString()) + "`")
                .collect(Collectors.joining(", "));
    }
}
