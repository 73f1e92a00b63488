package org.contractfirst.spec.breaking.editspace;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pattern of places, written as a JSON pointer: {@code *} is any one segment (and {@code x-*} any segment that
 * starts with {@code x-}), {@code **} any number of them. A literal right after {@code **} matches a keyword only,
 * so that {@code **}{@code /description} is documentation wherever OpenAPI puts it and never a property of that name.
 * A pattern covers the places it matches and every place under them.
 */
record PlacePattern(String text, List<String> parts, List<Pattern> globs) {

    static PlacePattern of(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("a pattern is a pointer, starting with /: " + text);
        }
        List<String> parts = Arrays.stream(text.substring(1).split("/", -1))
                .map(part -> part.replace("~1", "/").replace("~0", "~")).toList();
        return new PlacePattern(text, parts, parts.stream().map(PlacePattern::glob).toList());
    }

    boolean covers(Place place) {
        return matches(0, 0, place.segments(), false);
    }

    private boolean matches(int part, int segment, List<Place.Segment> segments, boolean afterAny) {
        if (part == parts.size()) {
            return true;
        }
        if (parts.get(part).equals("**")) {
            for (int skipped = segment; skipped <= segments.size(); skipped++) {
                if (matches(part + 1, skipped, segments, true)) {
                    return true;
                }
            }
            return false;
        }
        if (segment == segments.size()) {
            return false;
        }
        Place.Segment at = segments.get(segment);
        boolean literal = !parts.get(part).equals("*");
        boolean matched = globs.get(part).matcher(at.text()).matches() && !(literal && afterAny && at.name());
        return matched && matches(part + 1, segment + 1, segments, false);
    }

    private static Pattern glob(String part) {
        return Pattern.compile(Arrays.stream(part.split("\\*", -1)).map(Pattern::quote)
                .reduce((left, right) -> left + ".*" + right).orElse(""));
    }

    @Override
    public String toString() {
        return text;
    }
}
