package org.contractfirst.spec;

import org.contractfirst.spec.breaking.Change;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The breaking changes a team accepted on purpose, in a file beside the specs that a reviewer sees in the pull
 * request: one line per change, {@code <fingerprint> <api> <rule id> <why>}, and {@code #} comments. A change is
 * accepted by its fingerprint, which later commits leave as it was unless they change the change itself.
 */
public final class AcceptedChanges {

    public static final String FILE = "accepted-breaking-changes.txt";
    private static final AcceptedChanges NONE = new AcceptedChanges(Set.of());

    /** {@code api fingerprint} of each accepted change. */
    private final Set<String> accepted;

    private AcceptedChanges(Set<String> accepted) {
        this.accepted = accepted;
    }

    public static AcceptedChanges none() {
        return NONE;
    }

    /** The accepted changes written in {@code file}; none when there is no such file. */
    public static AcceptedChanges read(Path file) throws IOException {
        return file == null || !Files.isRegularFile(file) ? NONE : of(Files.readAllLines(file));
    }

    /** The accepted changes of the lines of such a file. */
    public static AcceptedChanges of(List<String> lines) {
        Set<String> accepted = new HashSet<>();
        for (String line : lines) {
            String[] fields = line.strip().split("\\s+", 3);
            if (fields.length >= 2 && !fields[0].startsWith("#")) {
                accepted.add(key(fields[1], fields[0]));
            }
        }
        return new AcceptedChanges(accepted);
    }

    public boolean accepts(String api, Change change) {
        return accepted.contains(key(api, change.fingerprint()));
    }

    /** The line that accepts {@code change}, for a person to add with the reason after it. */
    public static String line(String api, Change change) {
        return change.fingerprint() + " " + api + " " + change.rule() + " <why this break is intended>";
    }

    private static String key(String api, String fingerprint) {
        return api + " " + fingerprint;
    }
}
