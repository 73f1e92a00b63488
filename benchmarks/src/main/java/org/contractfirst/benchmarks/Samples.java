package org.contractfirst.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Repeated measurements of one figure, kept sorted; a figure is reported as their median, with the spread beside it. */
public record Samples(double[] sorted) {

    public static Samples of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurement");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Samples(sorted);
    }

    /** One figure of each run. */
    public static <T> Samples of(List<T> runs, ToDoubleFunction<T> figure) {
        return of(runs.stream().mapToDouble(figure).toArray());
    }

    public double median() {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }
}
