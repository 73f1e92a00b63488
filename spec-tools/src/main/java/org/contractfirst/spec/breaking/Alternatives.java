package org.contractfirst.spec.breaking;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * The alternatives of two versions of a schema, matched: first by the component they refer to, then by equal
 * content (a variant moved into a component of its own is the same variant), then a last one left on each side,
 * then inline ones by their order. What is left was removed or added.
 */
public record Alternatives(List<Matched> matched, List<WireSchema> removed, List<WireSchema> added) {

    /** One alternative in both versions. */
    public record Matched(WireSchema before, WireSchema after) {
    }

    public static Alternatives match(WireSchema before, WireSchema after) {
        List<WireSchema> removed = new ArrayList<>(before.alternatives());
        List<WireSchema> added = new ArrayList<>(after.alternatives());
        List<Matched> matched = new ArrayList<>();
        pair(removed, added, matched, (old, now) -> old.name() != null && old.name().equals(now.name()));
        pair(removed, added, matched, (old, now) -> old.content().equals(now.content()));
        if (removed.size() == 1 && added.size() == 1) {
            matched.add(new Matched(removed.remove(0), added.remove(0)));
        }
        pair(removed, added, matched, (old, now) -> old.name() == null && now.name() == null);
        return new Alternatives(matched, removed, added);
    }

    private static void pair(List<WireSchema> removed, List<WireSchema> added, List<Matched> matched,
            BiPredicate<WireSchema, WireSchema> same) {
        for (Iterator<WireSchema> old = removed.iterator(); old.hasNext(); ) {
            WireSchema candidate = old.next();
            WireSchema partner = added.stream().filter(now -> same.test(candidate, now)).findFirst().orElse(null);
            if (partner != null) {
                old.remove();
                added.remove(partner);
                matched.add(new Matched(candidate, partner));
            }
        }
    }

    /** An alternative's name for people: its component, else its place among the branches. */
    public static String label(WireSchema alternative) {
        return Objects.requireNonNullElseGet(alternative.name(), () -> {
            String pointer = alternative.node().pointer();
            return "variant " + pointer.substring(pointer.lastIndexOf('/') + 1);
        });
    }
}
