package org.contractfirst.spec.breaking.editspace;

import org.contractfirst.spec.layout.ShapeWalker;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A location in a spec: the segments of its JSON pointer, each marked as a name (chosen by the spec's author: a
 * path, a status, a property, a list index) or a keyword (fixed by OpenAPI), so that a property called
 * {@code description} is never taken for documentation.
 */
record Place(List<Segment> segments) {

    record Segment(String text, boolean name) {
    }

    static final Place ROOT = new Place(List.of());

    Place keyword(String keyword) {
        return with(new Segment(keyword, false));
    }

    Place name(String name) {
        return with(new Segment(name, true));
    }

    Place index(int index) {
        return with(new Segment(String.valueOf(index), true));
    }

    Place parent() {
        return new Place(segments.subList(0, segments.size() - 1));
    }

    Segment last() {
        return segments.get(segments.size() - 1);
    }

    /** The keyword nearest the end: {@code enum} for an enum's value, {@code type} for an item of a type list. */
    String keyword() {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!segments.get(i).name()) {
                return segments.get(i).text();
            }
        }
        return "";
    }

    String pointer() {
        return segments.stream().map(segment -> "/" + ShapeWalker.escape(segment.text())).collect(Collectors.joining());
    }

    private Place with(Segment segment) {
        List<Segment> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new Place(List.copyOf(longer));
    }

    @Override
    public String toString() {
        return pointer();
    }
}
