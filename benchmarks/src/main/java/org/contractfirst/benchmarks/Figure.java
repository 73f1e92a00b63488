package org.contractfirst.benchmarks;

import java.util.Locale;
import java.util.Optional;

/**
 * One measured figure beside its baseline from the same run: both as medians, and their ratio (ours over the
 * baseline), with the target it is held to, if any.
 */
public record Figure(String what, String unit, Samples value, String baselineWhat, Samples baseline,
                     Optional<Goal> goal) {

    public double ratio() {
        return value.median() / baseline.median();
    }

    /** The target and whether it is met; empty for a figure without a target. */
    public String verdict() {
        return goal.map(g -> g.text() + (g.met(this) ? ": met" : ": **missed**")).orElse("");
    }

    public String markdownRow() {
        return "| " + what + " | " + cell(value) + " | " + baselineWhat + ": " + cell(baseline) + " | "
                + String.format(Locale.ROOT, "%.2f", ratio()) + " | " + verdict() + " |\n";
    }

    private String cell(Samples samples) {
        return number(samples.median()) + " " + unit + " (" + number(samples.min()) + "–" + number(samples.max()) + ")";
    }

    static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
