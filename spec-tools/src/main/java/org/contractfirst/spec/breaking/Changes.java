package org.contractfirst.spec.breaking;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes the rules report during one comparison. An element that several operations share (a component
 * schema) is one change, reported where it is first reached and naming every other operation that reaches it.
 */
public final class Changes {

    /** A change, the operation it was first reached from, and the others that reach it. */
    private record Reached(Change change, String operation, Set<String> others) {
    }

    private static final String COMPONENTS = "/components/";

    private final Map<String, Reached> changes = new LinkedHashMap<>();
    private String operation;

    /**
     * The operation whose elements the next reports are about ({@code `GET /items`}); null for the document's own.
     * The comparison sets it as it walks the operations; a rule only reports.
     */
    public void within(String current) {
        operation = current;
    }

    /** The operation set by {@link #within}, which tells the comparison a shared schema reached again from another. */
    public String operation() {
        return operation;
    }

    /** Reports {@code what} happened to the element at {@code where}, written at {@code before} and {@code after}. */
    public void report(Kind kind, String where, Node before, Node after, String what) {
        // A shared element is reached again from each operation: only the first report makes the change.
        String key = kind.id() + " " + before.source().name() + "#" + before.pointer() + " " + after.source().name()
                + "#" + after.pointer();
        Reached first = changes.get(key);
        if (first == null) {
            Change change = new Change(kind.id(), kind.severity(), before.location(), after.location(),
                    where + ": " + what, Change.fingerprintOf(kind.id(), identity(before, after, where) + ": " + what));
            changes.put(key, new Reached(change, operation, new LinkedHashSet<>()));
        } else if (operation != null && !operation.equals(first.operation())) {
            first.others().add(operation);
        }
    }

    /** Reports a constraint tightened or loosened, with what that means in this direction. */
    public void report(Directional kinds, Direction direction, boolean tightened, String where, Node before,
            Node after, String what) {
        report(kinds.kind(direction, tightened), where, before, after, what + "; " + direction.consequence(tightened));
    }

    /**
     * Where a change is, as its fingerprint reads it: a component's pointer, which no operation that reaches it
     * changes, else the element in words.
     */
    private static String identity(Node before, Node after, String where) {
        return before.pointer().startsWith(COMPONENTS) ? before.pointer()
                : after.pointer().startsWith(COMPONENTS) ? after.pointer() : where;
    }

    public List<Change> list() {
        return changes.values().stream().map(reached -> reached.others().isEmpty() ? reached.change()
                : reached.change().withMessage(reached.change().message() + " (also reached from "
                        + String.join(", ", reached.others()) + ")")).toList();
    }
}
