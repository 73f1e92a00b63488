package org.contractfirst.spec;

import org.contractfirst.spec.breaking.Change;
import org.contractfirst.spec.breaking.Severity;
import org.contractfirst.spec.breaking.Source;
import org.contractfirst.spec.breaking.comparison.SpecComparison;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a spec against its earlier version with the rules of the breaking-change gate ({@code ChangeRules}), and
 * adds openapi-diff's own report as detail. A breaking change passes only on purpose and in the diff: accepted by
 * its fingerprint in {@link AcceptedChanges#FILE} beside the specs, or by raising the major number of
 * {@code info.version}.
 */
public final class BreakingChanges {

    private static final Pattern MAJOR = Pattern.compile("(\\d+)");

    /**
     * The verdict on one spec: whether it changed, the changes our rules found, whether the spec opted in to breaking
     * ones, the changes accepted one by one, and openapi-diff's report (Markdown; empty when it has nothing to say).
     */
    public record Verdict(String api, boolean changed, List<Change> changes, boolean optedIn, String detail,
                          AcceptedChanges acceptedChanges) {

        public boolean breaking() {
            return changes.stream().anyMatch(Change::breaking);
        }

        /** Whether a breaking change is let through, by the major-version opt-in or the accepted-changes file. */
        public boolean accepted(Change change) {
            return change.breaking() && (optedIn || acceptedChanges.accepts(api, change));
        }

        public List<Change> unaccepted() {
            return changes.stream().filter(change -> change.breaking() && !accepted(change)).toList();
        }

        public boolean passes() {
            return unaccepted().isEmpty();
        }

        public String summary() {
            return !changed ? api + ": unchanged"
                    : !breaking() ? api + ": compatible changes"
                    : optedIn ? api + ": breaking changes, accepted by the major version bump of info.version"
                    : passes() ? api + ": breaking changes, each accepted in " + AcceptedChanges.FILE
                    : api + ": BREAKING changes; if they are intended, accept each in " + AcceptedChanges.FILE
                            + " or raise the major number of info.version";
        }

        public List<Change> changes(Severity severity) {
            return changes.stream().filter(change -> change.severity() == severity).toList();
        }

        public String changelog() {
            return ChangeLog.markdown(this);
        }
    }

    private BreakingChanges() {
    }

    /** Compares two texts of the spec file {@code file}; a spec with no earlier version is a new API, so compatible. */
    public static Verdict compare(String api, String file, String oldText, String newText) {
        return compare(api, file, oldText, newText, AcceptedChanges.none());
    }

    public static Verdict compare(String api, String file, String oldText, String newText, AcceptedChanges accepted) {
        if (oldText == null) {
            return new Verdict(api, true, List.of(), false, "A new API.\n", accepted);
        }
        if (oldText.equals(newText)) {
            return new Verdict(api, false, List.of(), false, "", accepted);
        }
        return compare(api, Source.of(file, oldText), Source.of(file, newText), accepted);
    }

    public static Verdict compare(String api, Source before, Source after, AcceptedChanges accepted) {
        List<Change> changes = SpecComparison.compare(before, after);
        boolean optedIn = major(after) > major(before);
        boolean changed = !before.text().equals(after.text());
        return new Verdict(api, changed, changes, optedIn, changed ? openApiDiff(before.text(), after.text()) : "",
                accepted);
    }

    /** openapi-diff's Markdown report, which names some changes in its own words; it cannot read every spec. */
    private static String openApiDiff(String oldText, String newText) {
        try {
            return new MarkdownRender().render(OpenApiCompare.fromContents(oldText, newText));
        } catch (RuntimeException e) {
            return "openapi-diff could not compare these versions: " + e.getMessage() + "\n";
        }
    }

    private static int major(Source spec) {
        String version = spec.root().get("info").text("version");
        Matcher number = MAJOR.matcher(version == null ? "" : version);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }
}
