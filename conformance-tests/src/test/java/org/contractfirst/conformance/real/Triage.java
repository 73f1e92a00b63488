package org.contractfirst.conformance.real;


import org.contractfirst.conformance.checks.Failure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A real server's triage file: every failure a conformance run of it reports, and every operation the run never saw
 * answered with a 2xx, each with why. Markdown, so that it reads as a document and a missing entry can be pasted in:
 * <pre>
 * ## Failures
 *
 * - check · operation · expected
 *   why: the spec's words that make it a failure
 *
 * ## Not answered with a 2xx
 *
 * - operation
 *   why: what keeps the run from a 2xx
 * </pre>
 * Text before the first section is free; a {@code why:} may go on over further indented lines. A {@code *} in an
 * entry stands for any text, for what changes from run to run though the fault does not (a clock's time in a header,
 * which of the random draws hit it). The comparison asks for the file to match the run both ways, so that it stays a
 * true account of the server rather than a list of excuses that nobody checks.
 */
public final class Triage {

    static final String FAILURES = "Failures";
    static final String NOT_ANSWERED_2XX = "Not answered with a 2xx";
    private static final String SEPARATOR = " · ";
    private static final String TODO = "TODO";
    /** What a why that excuses the suite starts with: such an entry is a fault of the suite, never accepted. */
    private static final String FALSE_ALARM = "FALSE ALARM";

    private final Map<String, String> failures;
    private final Map<String, String> notAnswered;

    private Triage(Map<String, String> failures, Map<String, String> notAnswered) {
        this.failures = failures;
        this.notAnswered = notAnswered;
    }

    public static Triage parse(String markdown) {
        Map<String, Map<String, String>> sections = Map.of(FAILURES, new LinkedHashMap<>(),
                NOT_ANSWERED_2XX, new LinkedHashMap<>());
        Map<String, String> section = null;
        String entry = null;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("## ")) {
                String heading = line.substring(3).trim();
                section = sections.get(heading);
                if (section == null) {
                    // A misspelt heading would otherwise hide its entries, and every one of them would seem missing.
                    throw new IllegalArgumentException("unknown section \"" + heading + "\": the sections are "
                            + FAILURES + " and " + NOT_ANSWERED_2XX);
                }
                entry = null;
            } else if (section != null && line.startsWith("- ")) {
                entry = line.substring(2).trim();
                section.put(entry, "");
            } else if (section != null && entry != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                String text = line.trim();
                String why = section.get(entry);
                section.put(entry, why.isEmpty() ? text.replaceFirst("^why:\\s*", "") : why + " " + text);
            } else if (!line.isBlank()) {
                entry = null;
            }
        }
        return new Triage(sections.get(FAILURES), sections.get(NOT_ANSWERED_2XX));
    }

    /**
     * How a failure is named in the file: what makes two failures the same one ({@link Failure#key()}), on one line,
     * since an expectation may quote a parser's message of several.
     */
    public static String entry(Failure failure) {
        return (failure.check() + SEPARATOR + failure.operation() + SEPARATOR + failure.expected())
                .replaceAll("\\s+", " ").trim();
    }

    /** What keeps the failures section from matching the run's failures; empty when it matches. */
    public List<String> compareFailures(Collection<Failure> reported) {
        Set<String> entries = new LinkedHashSet<>();
        reported.forEach(failure -> entries.add(entry(failure)));
        return compare(FAILURES, failures, entries);
    }

    /** What keeps the second section from matching the operations the run never saw answered with a 2xx. */
    public List<String> compareNotAnswered(Collection<String> operations) {
        return compare(NOT_ANSWERED_2XX, notAnswered, new LinkedHashSet<>(operations));
    }

    private static List<String> compare(String section, Map<String, String> listed, Set<String> occurring) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        listed.keySet().forEach(entry -> patterns.put(entry, pattern(entry)));
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String entry : occurring) {
            List<String> matching = patterns.entrySet().stream()
                    .filter(pattern -> pattern.getValue().matcher(entry).matches()).map(Map.Entry::getKey).toList();
            if (matching.isEmpty()) {
                problems.add("not in the triage's \"" + section + "\"; to paste in with its why:\n- " + entry
                        + "\n  why: " + TODO);
            }
            seen.addAll(matching);
        }
        listed.forEach((entry, why) -> {
            if (!seen.contains(entry)) {
                problems.add("in the triage's \"" + section + "\" but no longer in the run: " + entry);
            } else if (why.isBlank() || why.startsWith(TODO)) {
                problems.add("in the triage's \"" + section + "\" without a why: " + entry);
            } else if (why.startsWith(FALSE_ALARM)) {
                problems.add("in the triage's \"" + section + "\" as a false alarm, which the suite must not raise: " + entry);
            }
        });
        return problems;
    }

    /** The entry as a pattern: its text literally, but for each {@code *}, which matches any text. */
    private static Pattern pattern(String entry) {
        StringBuilder regex = new StringBuilder();
        String[] literals = entry.split("\\*", -1);
        for (int i = 0; i < literals.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(literals[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
