package org.contractfirst.benchmarks;

import java.util.Arrays;

/** Repeated measurements of one figure; a figure is reported as their median, with the spread beside it. */
public record Samples(double[] values) {

    public static Samples of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurement");
        }
        return new Samples(values.clone());
    }

    public double median() {
        double[] sorted = sorted();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        return sorted()[values.length - 1];
    }

    public int count() {
        return values.length;
    }

    private double[] sorted() {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
