package org.contractfirst.spec.breaking.editspace;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The edits documented to yield no finding, as written in {@code edit-space/no-wire-effect.txt}: those with no
 * effect on the wire, and those the gate does not compare yet, each entry with its reason. An entry is the kinds of
 * edit it covers ({@code any}, or some of {@code remove,add,change,tighten,loosen}), a {@link PlacePattern},
 * optionally {@code beside=k1|k2} (only where the edited object has one of those keywords), and the reason; the
 * first entry that covers an edit is its entry.
 */
record DocumentedEdits(List<Entry> entries) {

    static final String FILE = "edit-space/no-wire-effect.txt";
    private static final String BESIDE = "beside=";

    enum Section {
        NO_WIRE_EFFECT("[no wire effect]"), NOT_COMPARED_YET("[not compared yet]");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }
    }

    record Entry(Section section, Set<Edit.Kind> kinds, PlacePattern pattern, Set<String> beside, String reason) {

        boolean covers(Edit edit, JsonNode spec) {
            JsonNode object = spec.at(edit.place().parent().pointer());
            return kinds.contains(edit.kind()) && pattern.covers(edit.place())
                    && (beside.isEmpty() || beside.stream().anyMatch(object::has));
        }

        @Override
        public String toString() {
            return pattern + " (" + reason + ")";
        }
    }

    static DocumentedEdits read() {
        try (InputStream in = DocumentedEdits.class.getResourceAsStream("/" + FILE)) {
            List<Entry> entries = new ArrayList<>();
            Section section = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String written = line.strip();
                if (written.isEmpty() || written.startsWith("#")) {
                    continue;
                }
                Optional<Section> heading = Arrays.stream(Section.values())
                        .filter(candidate -> candidate.heading.equals(written)).findFirst();
                if (heading.isPresent()) {
                    section = heading.get();
                    continue;
                }
                entries.add(entry(section, written));
            }
            return new DocumentedEdits(List.copyOf(entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Entry entry(Section section, String line) {
        String[] fields = line.split("\\s+", 3);
        if (section == null || fields.length < 3) {
            throw new IllegalStateException(FILE + ": not an entry of a section: " + line);
        }
        Set<String> beside = Set.of();
        String reason = fields[2];
        if (reason.startsWith(BESIDE)) {
            String[] condition = reason.split("\\s+", 2);
            beside = Set.of(condition[0].substring(BESIDE.length()).split("\\|"));
            reason = condition[1];
        }
        return new Entry(section, kinds(fields[0]), PlacePattern.of(fields[1]), beside, reason);
    }

    /** The entry of an edit of {@code spec}, if one covers it. */
    Optional<Entry> entryFor(Edit edit, JsonNode spec) {
        return entries.stream().filter(entry -> entry.covers(edit, spec)).findFirst();
    }

    private static Set<Edit.Kind> kinds(String written) {
        if (written.equals("any")) {
            return EnumSet.allOf(Edit.Kind.class);
        }
        Set<Edit.Kind> kinds = EnumSet.noneOf(Edit.Kind.class);
        for (String kind : written.split(",")) {
            kinds.add(Edit.Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
        }
        return kinds;
    }
}
