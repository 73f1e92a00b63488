package org.contractfirst.conformance.report;

import org.contractfirst.conformance.checks.Failure;

import java.util.List;

/** The report as one HTML page, for a browser: what the Markdown report says, with the cells coloured. */
public final class HtmlRenderer implements ReportRenderer {

    @Override
    public String fileName() {
        return "conformance-report.html";
    }

    @Override
    public String render(Report report) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Conformance report"
                + "</title><style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #bbb;"
                + "padding:2px 6px}.no{background:#fde8e8}.yes{background:#e8f7e8}pre{background:#f4f4f4;padding:4px}"
                + "</style></head><body>\n<h1>Conformance report</h1>\n<p>Seed ").append(report.seed())
                .append(" (repeat the run with the same seed to send the same requests).</p>\n<table><tr>"
                + "<th>API</th><th>requests</th><th>checks</th><th>failures</th><th>HTTP findings</th><th>spec findings</th>"
                + "<th>not exercised</th><th>errors</th><th>cells exercised</th></tr>\n");
        report.apis().forEach(api -> out.append("<tr><td>").append(escape(api.api())).append("</td><td>")
                .append(api.requestsSent()).append("</td><td>").append(api.checksRun()).append("</td><td>")
                .append(api.failureCount()).append("</td><td>").append(api.httpFindings().size()).append("</td><td>")
                .append(api.findings().size()).append("</td><td>").append(api.notExercised().size()).append("</td><td>")
                .append(api.errors().size()).append("</td><td>").append(api.cellsExercised()).append("</td></tr>\n"));
        out.append("</table>\n");
        report.apis().forEach(api -> section(out, api));
        return out.append("</body></html>\n").toString();
    }

    private static void section(StringBuilder out, Coverage api) {
        out.append("<h2>").append(escape(api.api())).append("</h2>\n");
        failures(out, "Failures", api.failures());
        failures(out, "HTTP findings (RFC 9110 rules the spec does not state)", api.httpFindings());
        if (!api.notExercised().isEmpty()) {
            out.append("<h3>Not exercised</h3>\n<ul>\n");
            api.notExercisedByReason().forEach((why, operations) -> out.append("<li>").append(escape(why)).append(": ")
                    .append(escape(String.join(", ", operations))).append("</li>\n"));
            out.append("</ul>\n");
        }
        if (!api.findings().isEmpty()) {
            out.append("<h3>Spec findings</h3>\n<ul>\n");
            api.findings().forEach(finding -> out.append("<li><code>").append(escape(finding.rule())).append("</code> ")
                    .append(escape(finding.operation())).append(": ").append(escape(finding.message())).append("</li>\n"));
            out.append("</ul>\n");
        }
        if (!api.errors().isEmpty()) {
            out.append("<h3>Steps that could not run</h3>\n<ul>\n");
            api.errors().forEach(error -> out.append("<li>").append(escape(error.check() + " " + error.operation() + ": "
                    + error.message())).append("<pre>").append(escape(error.stack())).append("</pre></li>\n"));
            out.append("</ul>\n");
        }
        if (!api.skipped().isEmpty()) {
            out.append("<h3>Steps skipped</h3>\n<ul>\n");
            api.skippedByReason().forEach((why, steps) -> out.append("<li>").append(escape(why)).append(": ")
                    .append(escape(String.join("; ", steps))).append("</li>\n"));
            out.append("</ul>\n");
        }
        out.append("<h3>Operations</h3>\n<table><tr><th>operation</th><th>exercised with a 2xx</th></tr>\n");
        api.reach().forEach(reach -> out.append("<tr class=\"").append(reach.succeeded() ? "yes" : "no").append("\"><td>")
                .append(escape(reach.operation())).append("</td><td>")
                .append(reach.succeeded() ? "yes" : "no: " + escape(reach.why())).append("</td></tr>\n"));
        out.append("</table>\n");
        out.append("<h3>Documented cells</h3>\n<table><tr><th>operation</th><th>status</th><th>media type</th>"
                + "<th>exercised</th></tr>\n");
        api.rows().forEach(row -> out.append("<tr class=\"").append(row.exercised() ? "yes" : "no").append("\"><td>")
                .append(escape(row.operation())).append("</td><td>").append(escape(row.status())).append("</td><td>")
                .append(escape(row.mediaType())).append("</td><td>")
                .append(row.exercised() ? "yes" : "no: " + escape(row.reason())).append("</td></tr>\n"));
        out.append("</table>\n");
    }

    private static void failures(StringBuilder out, String heading, List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        out.append("<h3>").append(escape(heading)).append("</h3>\n");
        Coverage.byOperation(failures).forEach((operation, ofOperation) -> {
            out.append("<h4>").append(escape(operation)).append("</h4>\n<ul>\n");
            ofOperation.forEach(failure -> {
                out.append("<li><b>").append(escape(failure.check())).append("</b> [").append(escape(failure.code()))
                        .append("]").append(failure.count() > 1 ? " (" + failure.count() + " requests)" : "")
                        .append(": expected ").append(escape(failure.expected())).append("; received ")
                        .append(failure.status()).append(" <code>").append(escape(failure.bodyStart())).append("</code><pre>")
                        .append(escape(failure.curl())).append("</pre>");
                if (!failure.restAssured().isEmpty()) {
                    out.append("<details><summary>as a rest-assured test</summary><pre>")
                            .append(escape(failure.restAssured())).append("</pre></details>");
                }
                out.append("</li>\n");
            });
            out.append("</ul>\n");
        });
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
