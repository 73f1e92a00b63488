package org.contractfirst.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Closed-loop load: each connection sends the same request again as soon as its answer is in. Answers during the
 * warm-up are not counted; every answer must have the expected status.
 */
public final class LoadRun {

    /** Requests per second over the measured window, and latency percentiles in milliseconds. */
    public record Result(double throughput, double p50Millis, double p99Millis) {
    }

    private final int connections;
    private final Duration warmUp;
    private final Duration measured;

    public LoadRun(int connections, Duration warmUp, Duration measured) {
        this.connections = connections;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    public Result run(InetSocketAddress address, byte[] request, int expectedStatus) {
        long measureFrom = System.nanoTime() + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try {
            List<Future<long[]>> latencies = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                latencies.add(threads.submit(() -> drive(address, request, expectedStatus, measureFrom, measureUntil)));
            }
            long[] all = latencies.stream().map(LoadRun::join).flatMapToLong(Arrays::stream).sorted().toArray();
            return new Result(all.length / (measured.toNanos() / 1e9), percentile(all, 0.50), percentile(all, 0.99));
        } finally {
            threads.shutdownNow();
        }
    }

    private static long[] drive(InetSocketAddress address, byte[] request, int expectedStatus, long measureFrom,
                                long measureUntil) throws IOException {
        long[] latencies = new long[1024];
        int count = 0;
        try (HttpConnection connection = new HttpConnection(address)) {
            for (long sent = System.nanoTime(); sent < measureUntil; sent = System.nanoTime()) {
                int status = connection.status(request);
                long answered = System.nanoTime();
                if (status != expectedStatus) {
                    throw new IllegalStateException("answered " + status + ", not " + expectedStatus);
                }
                if (sent >= measureFrom) {
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = answered - sent;
                }
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    private static long[] join(Future<long[]> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static double percentile(long[] sortedNanos, double share) {
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("no answer in the measured window");
        }
        return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(share * sortedNanos.length))] / 1e6;
    }
}
