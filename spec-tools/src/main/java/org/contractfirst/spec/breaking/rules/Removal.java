package org.contractfirst.spec.breaking.rules;

import org.contractfirst.spec.breaking.Changes;
import org.contractfirst.spec.breaking.Kind;
import org.contractfirst.spec.breaking.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * A removal that breaks, and deprecate first: an element removed that its old version never marked
 * {@code deprecated} gave its users no release in which to move off it. That is a finding of its own, which a team
 * avoids by deprecating in one release and removing in a later one, or accepts like any breaking change.
 */
record Removal(Kind removed, Kind withoutDeprecation) {

    static Removal of(String id) {
        return new Removal(Kind.breaking(id), Kind.breaking(id + Kind.WITHOUT_DEPRECATION));
    }

    /** The removal's two kinds, then {@code others}: the kinds of a rule that also judges what its removal is not. */
    List<Kind> kindsAnd(Kind... others) {
        List<Kind> kinds = new ArrayList<>(List.of(removed, withoutDeprecation));
        kinds.addAll(List.of(others));
        return List.copyOf(kinds);
    }

    /**
     * Reports the removal of {@code subject} ("the operation", "`age`"; null for an element that left the wire but
     * is still in the spec), and {@code what} it means.
     */
    void report(Changes changes, String where, Node old, Node now, String subject, String what) {
        changes.report(removed, where, old, now, what);
        if (subject != null && !old.flag("deprecated") && !old.resolved().flag("deprecated")) {
            changes.report(withoutDeprecation, where, old, now,
                    subject + " was removed without a release that marked it `deprecated` first");
        }
    }
}
