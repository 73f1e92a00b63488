package org.contractfirst.conformance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.checks.SpecFinding;
import org.contractfirst.conformance.checks.StepError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The run's report, per API: the failures, the HTTP findings, the spec findings, the operations not exercised and
 * why, the steps that could not run, and the matrix of documented cells (operation × status × media type), each
 * exercised or not and why, with the totals of requests and checks; as Markdown, HTML and JSON, and as the summary
 * table the run prints at its end.
 */
public final class Report {

    /** The files a run writes into its report folder, and the folder of the bodies its curl lines read. */
    public static final List<String> FILES = List.of("conformance-report.md", "conformance-report.html",
            "conformance-report.json", "bodies");

    private final List<Coverage> apis;
    private final long seed;

    public Report(List<Coverage> apis, long seed) {
        this.apis = apis;
        this.seed = seed;
    }

    public List<Coverage> apis() {
        return apis;
    }

    /** The folder of the bodies a run's curl lines read, in its report folder. */
    public static Path bodies(Path directory) {
        return directory.resolve(FILES.get(3));
    }

    /**
     * Removes from {@code directory} what an earlier run wrote there, and only that (its reports, and the
     * {@code .body} files of its curl lines): a report is never read beside an older run's bodies or pages.
     */
    public static void clear(Path directory) throws IOException {
        for (String name : FILES) {
            Path file = directory.resolve(name);
            if (!Files.isDirectory(file)) {
                Files.deleteIfExists(file);
                continue;
            }
            try (var bodies = Files.list(file)) {
                for (Path body : bodies.filter(path -> path.getFileName().toString().endsWith(".body")).toList()) {
                    Files.delete(body);
                }
            }
            try (var left = Files.list(file)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(file);
                }
            }
        }
    }

    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(FILES.get(0)), markdown());
        Files.writeString(directory.resolve(FILES.get(1)), html());
        Files.writeString(directory.resolve(FILES.get(2)), json());
    }

    public String summary() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-12s %9s %9s %9s %9s %9s %14s %18s%n",
                "API", "requests", "checks", "failures", "HTTP", "spec", "not exercised", "cells exercised"));
        for (Coverage api : apis) {
            table.append(String.format(Locale.ROOT, "%-12s %9d %9d %9d %9d %9d %14d %18s%n", api.api(), api.requestsSent(),
                    api.checksRun(), api.failureCount(), api.httpFindings().size(), api.findings().size(),
                    api.notExercised().size(), cells(api)));
        }
        return table.append("seed ").append(seed).append('\n').toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("# Conformance report\n\nSeed ").append(seed)
                .append(" (repeat the run with the same seed to send the same requests).\n\n")
                .append("| API | requests | checks | failures | HTTP findings | spec findings | not exercised | errors"
                        + " | cells exercised |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        apis.forEach(api -> out.append("| ").append(api.api()).append(" | ").append(api.requestsSent()).append(" | ")
                .append(api.checksRun()).append(" | ").append(api.failureCount()).append(" | ").append(api.httpFindings().size())
                .append(" | ").append(api.findings().size()).append(" | ").append(api.notExercised().size())
                .append(" | ").append(api.errors().size()).append(" | ").append(cells(api)).append(" |\n"));
        for (Coverage api : apis) {
            out.append("\n## ").append(api.api()).append("\n");
            markdownFailures(out, "Failures", api.failures());
            markdownFailures(out, "HTTP findings (RFC 9110 rules the spec does not state)", api.httpFindings());
            if (!api.notExercised().isEmpty()) {
                out.append("\n### Not exercised\n\n");
                byReason(api).forEach((why, operations) -> out.append("- ").append(why).append(": ")
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
                skippedByReason(api).forEach((why, steps) -> out.append("- ").append(why).append(": ")
                        .append(String.join("; ", steps)).append('\n'));
            }
            out.append("\n### Operations\n\n| operation | exercised with a 2xx |\n|---|---|\n");
            api.reach().forEach(reach -> out.append("| ").append(reach.operation()).append(" | ")
                    .append(reach.succeeded() ? "yes" : "no: " + reach.why()).append(" |\n"));
            out.append("\n### Documented cells\n\n| operation | status | media type | exercised |\n|---|---|---|---|\n");
            api.rows().forEach(row -> out.append("| ").append(row.operation()).append(" | ").append(row.status())
                    .append(" | ").append(row.mediaType()).append(" | ")
                    .append(row.exercised() ? "yes" : "no: " + row.reason()).append(" |\n"));
        }
        return out.toString();
    }

    /** The operations not exercised, by the reason: one line says what one fact of the environment did to many. */
    private static Map<String, List<String>> byReason(Coverage api) {
        return grouped(api.notExercised(), Coverage.Reach::why, Coverage.Reach::operation);
    }

    /** The steps skipped, by the reason: each as its check and operation. */
    private static Map<String, List<String>> skippedByReason(Coverage api) {
        return grouped(api.skipped(), Recorder.Skipped::reason, skipped -> skipped.check() + " " + skipped.operation());
    }

    private static <T, L> Map<String, List<L>> grouped(List<T> items, Function<T, String> reason, Function<T, L> label) {
        Map<String, List<L>> reasons = new LinkedHashMap<>();
        items.forEach(item -> reasons.computeIfAbsent(reason.apply(item), why -> new ArrayList<>()).add(label.apply(item)));
        return reasons;
    }

    private static void markdownFailures(StringBuilder out, String heading, List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        out.append("\n### ").append(heading).append("\n");
        byOperation(failures).forEach((operation, ofOperation) -> {
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

    /** The failures of each operation, in the order the run met them: one place to read what is wrong with it. */
    private static Map<String, List<Failure>> byOperation(List<Failure> failures) {
        return grouped(failures, Failure::operation, failure -> failure);
    }

    public String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Conformance report"
                + "</title><style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #bbb;"
                + "padding:2px 6px}.no{background:#fde8e8}.yes{background:#e8f7e8}pre{background:#f4f4f4;padding:4px}"
                + "</style></head><body>\n<h1>Conformance report</h1>\n<p>Seed ").append(seed).append("</p>\n<table><tr>"
                + "<th>API</th><th>requests</th><th>checks</th><th>failures</th><th>HTTP findings</th><th>spec findings</th>"
                + "<th>not exercised</th><th>errors</th><th>cells exercised</th></tr>\n");
        apis.forEach(api -> out.append("<tr><td>").append(escape(api.api())).append("</td><td>").append(api.requestsSent())
                .append("</td><td>").append(api.checksRun()).append("</td><td>").append(api.failureCount()).append("</td><td>")
                .append(api.httpFindings().size()).append("</td><td>").append(api.findings().size()).append("</td><td>")
                .append(api.notExercised().size()).append("</td><td>").append(api.errors().size()).append("</td><td>")
                .append(cells(api)).append("</td></tr>\n"));
        out.append("</table>\n");
        for (Coverage api : apis) {
            out.append("<h2>").append(escape(api.api())).append("</h2>\n");
            htmlFailures(out, "Failures", api.failures());
            htmlFailures(out, "HTTP findings (RFC 9110 rules the spec does not state)", api.httpFindings());
            if (!api.notExercised().isEmpty()) {
                out.append("<h3>Not exercised</h3>\n<ul>\n");
                byReason(api).forEach((why, operations) -> out.append("<li>").append(escape(why)).append(": ")
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
                skippedByReason(api).forEach((why, steps) -> out.append("<li>").append(escape(why)).append(": ")
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
        return out.append("</body></html>\n").toString();
    }

    private static void htmlFailures(StringBuilder out, String heading, List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        out.append("<h3>").append(escape(heading)).append("</h3>\n");
        byOperation(failures).forEach((operation, ofOperation) -> {
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

    /**
     * The report as data: per API, its counts, failures, HTTP findings, spec findings, operations not exercised,
     * errors, skipped steps and cells.
     */
    public String json() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("seed", seed);
        report.put("apis", apis.stream().map(api -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("api", api.api());
            entry.put("requests", api.requestsSent());
            entry.put("checks", api.checksRun());
            entry.put("failures", api.failures());
            entry.put("httpFindings", api.httpFindings());
            entry.put("findings", api.findings());
            entry.put("notExercised", api.notExercised());
            entry.put("errors", api.errors().stream().map(StepError::toString).toList());
            entry.put("skipped", api.skipped());
            entry.put("operations", api.reach());
            entry.put("cells", api.rows());
            return entry;
        }).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int failureCount() {
        return apis.stream().mapToInt(Coverage::failureCount).sum();
    }

    /** The spec findings and HTTP findings: what fails a strict run besides the failures. */
    public int findingCount() {
        return apis.stream().mapToInt(api -> api.findings().size() + api.httpFindings().size()).sum();
    }

    public int errorCount() {
        return apis.stream().mapToInt(api -> api.errors().size()).sum();
    }

    public List<SpecFinding> findings() {
        return apis.stream().flatMap(api -> api.findings().stream()).toList();
    }

    private static String cells(Coverage api) {
        return String.format(Locale.ROOT, "%d/%d (%.0f%%)", api.exercised(), api.rows().size(), api.share() * 100);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
