package org.contractfirst.conformance.report;

import org.contractfirst.conformance.checks.Failure;

import java.util.List;

/** The report as Markdown: a summary table, then per API each part of the report under its heading. */
public final class MarkdownRenderer implements ReportRenderer {

    @Override
    public String fileName() {
        return "conformance-report.md";
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder("# Conformance report\n\nSeed ").append(report.seed())
                .append(" (repeat the run with the same seed to send the same requests).\n\n")
                .append("| API | requests | checks | failures | HTTP findings | spec findings | not exercised | errors"
                        + " | cells exercised |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        report.apis().forEach(api -> out.append("| ").append(api.api()).append(" | ").append(api.requestsSent()).append(" | ")
                .append(api.checksRun()).append(" | ").append(api.failureCount()).append(" | ").append(api.httpFindings().size())
                .append(" | ").append(api.findings().size()).append(" | ").append(api.notExercised().size())
                .append(" | ").append(api.errors().size()).append(" | ").append(api.cellsExercised()).append(" |\n"));
        report.apis().forEach(api -> out.append('\n').append(section(api)));
        return out.toString();
    }

    /** One API's part of the report, from its heading on. */
    String section(Coverage api) {
        StringBuilder out = new StringBuilder("## ").append(api.api()).append("\n");
        failures(out, "Failures", api.failures());
        failures(out, "HTTP findings (RFC 9110 rules the spec does not state)", api.httpFindings());
        if (!api.notExercised().isEmpty()) {
            out.append("\n### Not exercised\n\n");
            api.notExercisedByReason().forEach((why, operations) -> out.append("- ").append(why).append(": ")
                    .append(String.join(", ", operations)).append('\n'));
        }
        if (!api.findings().isEmpty()) {
            out.append("\n### Spec findings\n\n");
            api.findings().forEach(finding -> out.append("- `").append(finding.rule()).append("` ")
                    .append(finding.operation()).append(": ").append(finding.message()).append('\n'));
        }
        if (!api.errors().isEmpty()) {
            out.append("\n### Steps that could not run\n\n");
            api.errors().forEach(error -> out.append("- ").append(error.check()).append(' ').append(error.operation())
                    .append(": ").append(error.message()).append("\n\n  ```\n").append(error.stack().indent(2))
                    .append("  ```\n"));
        }
        if (!api.skipped().isEmpty()) {
            out.append("\n### Steps skipped\n\n");
            api.skippedByReason().forEach((why, steps) -> out.append("- ").append(why).append(": ")
                    .append(String.join("; ", steps)).append('\n'));
        }
        out.append("\n### Operations\n\n| operation | exercised with a 2xx |\n|---|---|\n");
        api.reach().forEach(reach -> out.append("| ").append(reach.operation()).append(" | ")
                .append(reach.succeeded() ? "yes" : "no: " + reach.why()).append(" |\n"));
        out.append("\n### Documented cells\n\n| operation | status | media type | exercised |\n|---|---|---|---|\n");
        api.rows().forEach(row -> out.append("| ").append(row.operation()).append(" | ").append(row.status())
                .append(" | ").append(row.mediaType()).append(" | ")
                .append(row.exercised() ? "yes" : "no: " + row.reason()).append(" |\n"));
        return out.toString();
    }

    private static void failures(StringBuilder out, String heading, List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        out.append("\n### ").append(heading).append("\n");
        Coverage.byOperation(failures).forEach((operation, ofOperation) -> {
            out.append("\n#### ").append(operation).append("\n\n");
            for (Failure failure : ofOperation) {
                out.append("- **").append(failure.check()).append("** [").append(failure.code()).append("]")
                        .append(failure.count() > 1 ? " (" + failure.count() + " requests)" : "").append(": expected ")
                        .append(failure.expected()).append("; received ").append(failure.status()).append(" `")
                        .append(failure.bodyStart().replace("`", "'")).append("`\n  ```\n  ").append(failure.curl())
                        .append("\n  ```\n");
                if (!failure.restAssured().isEmpty()) {
                    out.append("  <details><summary>as a rest-assured test</summary>\n\n  ```java\n")
                            .append(failure.restAssured().indent(2)).append("  ```\n  </details>\n");
                }
            }
        });
    }
}
