package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.ChangeRule;
import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Direction;
import org.contractfirst.spec.breaking.Directional;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.SchemaPair;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value's {@code format}. A format added narrows it, one removed widens it, and so do {@code int32} to
 * {@code int64} and {@code float} to {@code double}; a format swapped for another is neither, and breaks both sides.
 */
public final class Formats implements ChangeRule.OfSchema {

    private static final Directional KINDS = Directional.of("request-format-narrowed", "request-format-widened",
            "response-format-widened", "response-format-narrowed");
    private static final Kind REQUEST_CHANGED = Kind.breaking("request-format-changed");
    private static final Kind RESPONSE_CHANGED = Kind.breaking("response-format-changed");
    private static final Map<String, String> WIDER = Map.of("int32", "int64", "float", "double");

    @Override
    public List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>(KINDS.kinds());
        kinds.addAll(List.of(REQUEST_CHANGED, RESPONSE_CHANGED));
        return kinds;
    }

    @Override
    public void judge(SchemaPair pair, Changes changes) {
        String before = pair.before().text("format");
        String after = pair.after().text("format");
        if (Objects.equals(before, after)) {
            return;
        }
        String what = before == null ? "format " + after + " was added"
                : after == null ? "format " + before + " was removed" : "format " + before + " became " + after;
        boolean narrowed = before == null || after != null && before.equals(WIDER.get(after));
        boolean widened = after == null || before != null && after.equals(WIDER.get(before));
        if (narrowed || widened) {
            changes.report(KINDS, pair.direction(), narrowed, pair.where(), pair.before().where("format"),
                    pair.after().where("format"), what);
        } else {
            changes.report(pair.direction() == Direction.REQUEST ? REQUEST_CHANGED : RESPONSE_CHANGED, pair.where(),
                    pair.before().where("format"), pair.after().where("format"),
                    what + "; values of the old format are not values of the new one");
        }
    }
}
