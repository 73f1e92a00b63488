package org.contractfirst.benchmarks;

import java.util.Locale;

/** A figure's target: a bound on its ratio to the baseline, or on its own value. */
public record Goal(String text, boolean onRatio, boolean atMost, double bound) {

    public static Goal ratioAtMost(double bound) {
        return new Goal(String.format(Locale.ROOT, "ratio ≤ %.2f", bound), true, true, bound);
    }

    public static Goal ratioAtLeast(double bound) {
        return new Goal(String.format(Locale.ROOT, "ratio ≥ %.2f", bound), true, false, bound);
    }

    public static Goal valueBelow(double bound, String unit) {
        return new Goal(String.format(Locale.ROOT, "< %s %s", Figure.number(bound), unit), false, true, bound);
    }

    public boolean met(Figure figure) {
        double value = onRatio ? figure.ratio() : figure.value().median();
        return atMost ? value <= bound : value >= bound;
    }
}
