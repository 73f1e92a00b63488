package org.contractfirst.spec.breaking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes the rules report during one comparison. An element that several operations share (a component
 * schema) is reported once, where it is first reached.
 */
public final class Changes {

    private final Map<String, Change> changes = new LinkedHashMap<>();

    /** Reports {@code what} happened to the element at {@code where}, written at {@code before} and {@code after}. */
    public void report(Kind kind, String where, Node before, Node after, String what) {
        Change change = new Change(kind.id(), kind.severity(), before.location(), after.location(), where + ": " + what);
        changes.putIfAbsent(kind.id() + " " + change.before() + " " + change.after(), change);
    }

    /** Reports a constraint tightened or loosened, with what that means in this direction. */
    public void report(Directional kinds, Direction direction, boolean tightened, String where, Node before,
            Node after, String what) {
        report(kinds.kind(direction, tightened), where, before, after, what + "; " + direction.consequence(tightened));
    }

    public List<Change> list() {
        return new ArrayList<>(changes.values());
    }
}
