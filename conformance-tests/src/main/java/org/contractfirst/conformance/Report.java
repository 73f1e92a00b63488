package org.contractfirst.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The run's report: per API, the matrix of documented cells (operation × status × media type), exercised or not
 * and why, with the totals of requests sent, checks run and failures; as Markdown and HTML, and as the summary table
 * the run prints at its end.
 */
public final class Report {

    private final List<Coverage> apis;
    private final long seed;

    public Report(List<Coverage> apis, long seed) {
        this.apis = apis;
        this.seed = seed;
    }

    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("conformance-report.md"), markdown());
        Files.writeString(directory.resolve("conformance-report.html"), html());
    }

    public String summary() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-8s %9s %9s %9s %18s%n",
                "API", "requests", "checks", "failures", "cells exercised"));
        for (Coverage api : apis) {
            table.append(String.format(Locale.ROOT, "%-8s %9d %9d %9d %18s%n", api.api(), api.requestsSent(),
                    api.checksRun(), api.failures(), cells(api)));
        }
        return table.append("seed ").append(seed).append('\n').toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder("# Conformance report\n\nSeed ").append(seed)
                .append(" (repeat the run with `-Dconformance.seed=").append(seed).append("`).\n\n")
                .append("| API | requests | checks | failures | cells exercised |\n|---|---:|---:|---:|---:|\n");
        apis.forEach(api -> out.append("| ").append(api.api()).append(" | ").append(api.requestsSent()).append(" | ")
                .append(api.checksRun()).append(" | ").append(api.failures()).append(" | ").append(cells(api))
                .append(" |\n"));
        for (Coverage api : apis) {
            out.append("\n## ").append(api.api()).append("\n\n| operation | status | media type | exercised |\n")
                    .append("|---|---|---|---|\n");
            api.rows().forEach(row -> out.append("| ").append(row.endpoint()).append(" | ")
                    .append(row.status()).append(" | ").append(row.mediaType()).append(" | ")
                    .append(row.exercised() ? "yes" : "no: " + row.reason()).append(" |\n"));
        }
        return out.toString();
    }

    public String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Conformance report</title>"
                + "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #bbb;"
                + "padding:2px 6px}.no{background:#fde8e8}.yes{background:#e8f7e8}</style></head><body>\n"
                + "<h1>Conformance report</h1>\n<p>Seed ").append(seed).append("</p>\n<table><tr><th>API</th><th>requests</th>"
                + "<th>checks</th><th>failures</th><th>cells exercised</th></tr>\n");
        apis.forEach(api -> out.append("<tr><td>").append(api.api()).append("</td><td>").append(api.requestsSent())
                .append("</td><td>").append(api.checksRun()).append("</td><td>").append(api.failures())
                .append("</td><td>").append(cells(api)).append("</td></tr>\n"));
        out.append("</table>\n");
        for (Coverage api : apis) {
            out.append("<h2>").append(api.api()).append("</h2>\n<table><tr><th>operation</th><th>status</th>"
                    + "<th>media type</th><th>exercised</th></tr>\n");
            api.rows().forEach(row -> out.append("<tr class=\"").append(row.exercised() ? "yes" : "no").append("\"><td>")
                    .append(escape(row.endpoint().toString())).append("</td><td>").append(row.status()).append("</td><td>")
                    .append(escape(row.mediaType())).append("</td><td>")
                    .append(row.exercised() ? "yes" : "no: " + escape(row.reason())).append("</td></tr>\n"));
            out.append("</table>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    private static String cells(Coverage api) {
        return String.format(Locale.ROOT, "%d/%d (%.0f%%)", api.exercised(), api.rows().size(), api.share() * 100);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
