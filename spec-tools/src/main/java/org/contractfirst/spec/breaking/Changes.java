package org.contractfirst.spec.breaking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The changes the rules report during one comparison. An element that several operations share (a component
 * schema) is one change, reported where it is first reached and naming every other operation that reaches it.
 */
public final class Changes {

    private final Map<String, Change> changes = new LinkedHashMap<>();
    private final Map<String, Set<String>> alsoReachedFrom = new LinkedHashMap<>();

    /** Reports {@code what} happened to the element at {@code where}, written at {@code before} and {@code after}. */
    public void report(Kind kind, String where, Node before, Node after, String what) {
        Change change = new Change(kind.id(), kind.severity(), before.location(), after.location(), where + ": " + what);
        String key = kind.id() + " " + change.before() + " " + change.after();
        Change first = changes.putIfAbsent(key, change);
        if (first != null && !operationOf(first.message()).equals(operationOf(where))) {
            alsoReachedFrom.computeIfAbsent(key, reached -> new LinkedHashSet<>()).add(operationOf(where));
        }
    }

    /** Reports a constraint tightened or loosened, with what that means in this direction. */
    public void report(Directional kinds, Direction direction, boolean tightened, String where, Node before,
            Node after, String what) {
        report(kinds.kind(direction, tightened), where, before, after, what + "; " + direction.consequence(tightened));
    }

    public List<Change> list() {
        List<Change> list = new ArrayList<>();
        changes.forEach((key, change) -> {
            Set<String> others = alsoReachedFrom.get(key);
            list.add(others == null ? change : new Change(change.rule(), change.severity(), change.before(),
                    change.after(), change.message() + " (also reached from " + String.join(", ", others) + ")"));
        });
        return list;
    }

    /** The operation a place begins with ({@code `GET /items`}), or the whole place where it names none. */
    static String operationOf(String where) {
        return where.startsWith("`") && where.indexOf('`', 1) > 0 ? where.substring(0, where.indexOf('`', 1) + 1) : where;
    }
}
