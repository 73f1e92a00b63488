package org.contractfirst.benchmarks;

import java.util.List;

/** One part of BENCHMARKS.md: what was measured and how, its figures, and any further table. */
public record Section(String title, String method, List<Figure> figures, String details) {

    public String markdown() {
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n").append(method).append("\n\n")
                .append("| figure | ours: median (min–max) | baseline: median (min–max) | ratio | target |\n")
                .append("|---|---:|---:|---:|---|\n");
        figures.forEach(figure -> out.append(figure.markdownRow()));
        if (!details.isEmpty()) {
            out.append('\n').append(details);
        }
        return out.append('\n').toString();
    }
}
