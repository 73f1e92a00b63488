package org.contractfirst.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.contractfirst.spec.breaking.Change;
import org.contractfirst.spec.breaking.Location;
import org.contractfirst.spec.breaking.Severity;

import java.util.List;

/**
 * The change log of a pull request, rendered from the findings: Markdown for people (breaking changes first, then
 * compatible and informational ones, then openapi-diff's report), and JSON for machines.
 */
public final class ChangeLog {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ChangeLog() {
    }

    public static String markdown(BreakingChanges.Verdict verdict) {
        StringBuilder log = new StringBuilder("## " + verdict.api() + "\n\n**" + verdict.summary() + "**\n\n");
        for (Severity severity : Severity.values()) {
            List<Change> changes = verdict.changes(severity);
            if (!changes.isEmpty()) {
                log.append(heading(severity)).append(":\n\n");
                changes.forEach(change -> log.append("- `").append(change.rule()).append("` ").append(change.message())
                        .append(" (").append(where(change.before())).append(" → ").append(where(change.after()))
                        .append(")").append(change.breaking() ? acceptance(verdict, change) : "").append("\n"));
                log.append('\n');
            }
        }
        List<Change> unaccepted = verdict.unaccepted();
        if (!unaccepted.isEmpty()) {
            log.append("To accept these breaking changes, add their lines to `").append(AcceptedChanges.FILE)
                    .append("` beside the specs, each with its reason:\n\n```\n");
            unaccepted.forEach(change -> log.append(AcceptedChanges.line(verdict.api(), change)).append('\n'));
            log.append("```\n\n");
        }
        if (!verdict.detail().isBlank()) {
            log.append(verdict.changes().isEmpty() ? "" : "### openapi-diff\n\n").append(verdict.detail());
        }
        return log.toString();
    }

    private static String acceptance(BreakingChanges.Verdict verdict, Change change) {
        return " `" + change.fingerprint() + "`" + (verdict.accepted(change) ? " accepted" : "");
    }

    /** Every verdict as JSON: each API with its verdict and each change with its rule, severity and locations. */
    public static String json(String base, List<BreakingChanges.Verdict> verdicts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("base", base);
        ArrayNode apis = root.putArray("apis");
        for (BreakingChanges.Verdict verdict : verdicts) {
            ObjectNode api = apis.addObject();
            api.put("api", verdict.api());
            api.put("changed", verdict.changed());
            api.put("breaking", verdict.breaking());
            api.put("optedIn", verdict.optedIn());
            api.put("passes", verdict.passes());
            api.put("summary", verdict.summary());
            ArrayNode changes = api.putArray("changes");
            for (Change change : verdict.changes()) {
                ObjectNode item = changes.addObject();
                item.put("rule", change.rule());
                item.put("severity", change.severity().label());
                item.put("message", change.message());
                item.put("fingerprint", change.fingerprint());
                item.put("accepted", verdict.accepted(change));
                location(item.putObject("old"), change.before());
                location(item.putObject("new"), change.after());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings that cannot be written as JSON", e);
        }
    }

    private static void location(ObjectNode json, Location location) {
        json.put("file", location.file());
        json.put("line", location.line());
        json.put("pointer", location.pointer());
    }

    private static String heading(Severity severity) {
        return switch (severity) {
            case BREAKING -> "Breaking";
            case COMPATIBLE -> "Compatible";
            case INFORMATIONAL -> "For information";
        };
    }

    private static String where(Location location) {
        return location.file() + ":" + location.line();
    }
}
