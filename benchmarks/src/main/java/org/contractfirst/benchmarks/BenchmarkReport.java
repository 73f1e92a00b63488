package org.contractfirst.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** BENCHMARKS.md: the machine, the targets at a glance, each section's figures, and the written findings. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static String markdown(Machine machine, String command, List<Section> sections, Path findings) throws IOException {
        StringBuilder out = new StringBuilder("# Benchmarks\n\n")
                .append("Written by `").append(command).append("`; do not edit by hand (the findings at the end come ")
                .append("from `benchmarks/FINDINGS.md`). Every figure is the median of several runs, with the ")
                .append("smallest and largest beside it, next to a baseline measured in the same run; the ratio is ")
                .append("ours over the baseline. Timings are never asserted in tests.\n\n")
                .append(machine.markdown(command)).append("\n## Targets\n\n")
                .append("| figure | ratio | median | target |\n|---|---:|---:|---|\n");
        for (Section section : sections) {
            section.figures().stream().filter(figure -> figure.goal().isPresent()).forEach(figure -> out
                    .append("| ").append(figure.what()).append(" | ").append(Figure.number(figure.ratio()))
                    .append(" | ").append(Figure.number(figure.value().median())).append(' ').append(figure.unit())
                    .append(" | ").append(figure.verdict()).append(" |\n"));
        }
        out.append('\n');
        sections.forEach(section -> out.append(section.markdown()));
        if (Files.isRegularFile(findings)) {
            out.append(Files.readString(findings));
        }
        return out.toString();
    }
}
