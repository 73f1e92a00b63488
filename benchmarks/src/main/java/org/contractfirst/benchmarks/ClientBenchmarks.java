package org.contractfirst.benchmarks;

import org.contractfirst.benchmarks.client.BirdGetProfileBenchmark;
import org.contractfirst.benchmarks.client.UnipileEditEncodingBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The JMH benchmarks of the generated client, one fork each, every measured iteration a sample. */
final class ClientBenchmarks {

    private final int runs;

    ClientBenchmarks(int runs) {
        this.runs = runs;
    }

    Section run() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(BirdGetProfileBenchmark.class.getName())
                .include(UnipileEditEncodingBenchmark.class.getName())
                .forks(1)
                .warmupIterations(10).warmupTime(TimeValue.seconds(2))
                .measurementIterations(runs).measurementTime(TimeValue.seconds(2))
                .shouldFailOnError(true)
                .build()).run();
        return new Section("Client",
                "JMH 1.37, one fork, 10 warm-up iterations of 2 s (the server shares the fork, and it too needs "
                        + "the JIT to settle), then " + runs + " measured iterations of 2 s, each a sample. Per call: "
                        + "Bird's `GET /me` through the generated client against the Bird reference server in the "
                        + "same JVM; baseline: the same call written by hand with "
                        + "`java.net.http` (HTTP/1.1) and Jackson into the same model class. Encoding: the Unipile "
                        + "edit with every field set, both pictures included, as the client's bracket-notation "
                        + "multipart body; baseline: the same values written as JSON.",
                List.of(new Figure("`GET /me`, generated client", "µs/call", samples(results, "generatedClient"),
                                "hand-written", samples(results, "handWritten"), Optional.of(Goal.ratioAtMost(1.15))),
                        new Figure("Unipile edit, bracket-notation multipart", "ops/s",
                                samples(results, "bracketNotationMultipart"), "same values as JSON",
                                samples(results, "sameValuesAsJson"), Optional.empty())),
                "");
    }

    private static Samples samples(Collection<RunResult> results, String method) {
        RunResult result = results.stream()
                .filter(run -> run.getParams().getBenchmark().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method));
        return Samples.of(result.getBenchmarkResults().stream()
                .flatMap(benchmark -> benchmark.getIterationResults().stream())
                .mapToDouble(iteration -> iteration.getPrimaryResult().getScore()).toArray());
    }
}
