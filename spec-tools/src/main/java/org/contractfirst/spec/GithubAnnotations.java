package org.contractfirst.spec;

import org.contractfirst.spec.breaking.Change;
import org.contractfirst.spec.breaking.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The gate's findings as GitHub Actions workflow commands, which a pull request shows on the changed line: an
 * {@code error} for each breaking change not accepted, a {@code notice} for each accepted one. Compatible changes
 * are in the change log only, so that the pull request's diff is not covered in notes.
 */
final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /**
     * The workflow commands for {@code verdicts}; {@code path} turns a spec's name as the gate read it into its path
     * from the repository's root (null for a spec that is no file there, such as a URL).
     */
    static List<String> of(List<BreakingChanges.Verdict> verdicts, UnaryOperator<String> path) {
        List<String> commands = new ArrayList<>();
        for (BreakingChanges.Verdict verdict : verdicts) {
            for (Change change : verdict.changes(Severity.BREAKING)) {
                boolean accepted = verdict.accepted(change);
                commands.add(command(accepted ? "notice" : "error", path.apply(change.after().file()),
                        change.after().line(), change.rule() + (accepted ? " (accepted)" : ""),
                        verdict.api() + ": " + change.message()));
            }
        }
        return commands;
    }

    /** One workflow command; {@code file} is null, and {@code line} 0, where unknown. */
    static String command(String level, String file, int line, String title, String message) {
        String where = file == null ? "" : "file=" + property(file) + (line > 0 ? ",line=" + line : "") + ",";
        return "::" + level + " " + where + "title=" + property(title) + "::" + data(message);
    }

    /** GitHub's escaping of a command's message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a command's property value, which also must not hold its separators. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
