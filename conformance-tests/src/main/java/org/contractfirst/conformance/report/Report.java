package org.contractfirst.conformance.report;

import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.checks.SpecFinding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The run's report, the one model every format renders: per API its {@link Coverage} (the failures, the HTTP
 * findings, the spec findings, the operations not exercised and why, the steps that could not run or were skipped,
 * and the matrix of documented cells, each exercised or not and why, with the totals of requests and checks); the
 * seed; whether the run is strict; and each step's outcome, where the run kept them. Written as each format of
 * {@link ReportRenderers}, and printed at the run's end as a summary table.
 */
public record Report(List<Coverage> apis, long seed, boolean strict, List<StepResult> steps) {

    /** The folder, in the report folder, of the bodies the curl lines read. */
    private static final String BODIES = "bodies";

    /** The files a run writes into its report folder, and the folder of the bodies its curl lines read. */
    public static final List<String> FILES = Stream.concat(ReportRenderers.inReportFolder().stream()
            .map(ReportRenderer::fileName), Stream.of(BODIES)).toList();

    /** One step of the run under its API, and what it found: a test case of the JUnit XML. */
    public record StepResult(String api, String name, Conformance.Outcome outcome) {
    }

    public Report {
        apis = List.copyOf(apis);
        steps = List.copyOf(steps);
    }

    /** The report of a run that is not strict, without its steps one by one. */
    public Report(List<Coverage> apis, long seed) {
        this(apis, seed, false, List.of());
    }

    /** The folder of the bodies a run's curl lines read, in its report folder. */
    public static Path bodies(Path directory) {
        return directory.resolve(BODIES);
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

    /** Writes every format of the report folder into {@code directory}. */
    public void write(Path directory) throws IOException {
        for (ReportRenderer format : ReportRenderers.inReportFolder()) {
            write(format, directory.resolve(format.fileName()));
        }
    }

    /** Writes one format to {@code file}, with the folders it needs. */
    public void write(ReportRenderer format, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, format.render(this));
    }

    public String summary() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-12s %9s %9s %9s %9s %9s %14s %18s%n",
                "API", "requests", "checks", "failures", "HTTP", "spec", "not exercised", "cells exercised"));
        for (Coverage api : apis) {
            table.append(String.format(Locale.ROOT, "%-12s %9d %9d %9d %9d %9d %14d %18s%n", api.api(), api.requestsSent(),
                    api.checksRun(), api.failureCount(), api.httpFindings().size(), api.findings().size(),
                    api.notExercised().size(), api.cellsExercised()));
        }
        return table.append("seed ").append(seed).append('\n').toString();
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
}
