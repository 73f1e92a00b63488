package org.contractfirst.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus specs that do not pass the loop yet, as KNOWN-FAILURES.md lists them: a table row per spec, with the
 * stage it fails at and why. A listed spec must still fail there, so the list only ever shrinks, and is true.
 */
record KnownFailures(Map<String, Entry> entries) {

    record Entry(String spec, Stage stage, String reason) {
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*([a-z-]+)\\s*\\|(.*)\\|\\s*$");

    static KnownFailures read(Path file) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    Entry entry = new Entry(row.group(1), Stage.named(row.group(2)), row.group(3).trim());
                    if (entries.put(entry.spec(), entry) != null) {
                        throw new IllegalArgumentException(file + " lists " + entry.spec() + " twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new KnownFailures(Map.copyOf(entries));
    }

    Optional<Entry> of(CorpusSpec spec) {
        return Optional.ofNullable(entries.get(spec.toString()));
    }
}
