package org.contractfirst.spec;

import org.contractfirst.spec.breaking.Change;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The breaking changes a team accepted on purpose, in a file beside the specs that a reviewer sees in the pull
 * request: one line per change, {@code <fingerprint> <api> <rule id> <why>}, and {@code #} comments. A change is
 * accepted by its fingerprint, which later commits leave as it was unless they change the change itself; a line
 * whose rule is another, or whose reason is missing or still the placeholder, accepts nothing.
 */
public final class AcceptedChanges {

    public static final String FILE = "accepted-breaking-changes.txt";
    /** What stands for the reason in a printed line, until a person writes one. */
    static final String PLACEHOLDER = "<why this break is intended>";
    private static final AcceptedChanges NONE = new AcceptedChanges(Map.of());

    /** The rule id accepted under each {@code api fingerprint}. */
    private final Map<String, String> accepted;

    private AcceptedChanges(Map<String, String> accepted) {
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
        Map<String, String> accepted = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.strip().split("\\s+", 4);
            if (fields.length == 4 && !fields[0].startsWith("#") && !fields[3].equals(PLACEHOLDER)) {
                accepted.put(key(fields[1], fields[0]), fields[2]);
            }
        }
        return new AcceptedChanges(accepted);
    }

    public boolean accepts(String api, Change change) {
        return change.rule().equals(accepted.get(key(api, change.fingerprint())));
    }

    /** The line that accepts {@code change}, for a person to add with the reason in place of the placeholder. */
    public static String line(String api, Change change) {
        return change.fingerprint() + " " + api + " " + change.rule() + " " + PLACEHOLDER;
    }

    private static String key(String api, String fingerprint) {
        return api + " " + fingerprint;
    }
}
