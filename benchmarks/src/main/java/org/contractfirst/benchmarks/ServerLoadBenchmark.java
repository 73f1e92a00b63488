package org.contractfirst.benchmarks;

import org.contractfirst.benchmarks.load.BareServer;
import org.contractfirst.benchmarks.load.HttpConnection;
import org.contractfirst.benchmarks.load.LoadRun;
import org.contractfirst.reference.ReferenceServers;
import org.contractfirst.reference.bird.BirdReference;
import org.contractfirst.reference.circuit.CircuitReference;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The reference servers under 16 concurrent kept-alive connections over loopback, beside the JDK's bare HTTP
 * server answering the same bytes.
 */
final class ServerLoadBenchmark {

    private static final int CONNECTIONS = 16;
    /**
     * Before its first run, each server is loaded this long: on two cores the JIT takes about that to settle (Bird's
     * {@code GET /me} went from 5,000 to 20,000 requests per second over its first 20 s).
     */
    private static final Duration JIT_WARM_UP = Duration.ofSeconds(20);
    private static final Duration WARM_UP = Duration.ofSeconds(1);
    private static final Duration MEASURED = Duration.ofSeconds(5);

    /** One request under load: which API, and the request line's method and path with its headers and body. */
    private record Scenario(String title, String api, String method, String path, String headers, String body) {
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("Bird `GET /me`", "bird", "GET", "/me",
                    "Authorization: Bearer " + BirdReference.DEMO_TOKEN + "\r\nAccept: application/json\r\n", null),
            new Scenario("Circuit `GET /users/{id}`, JSON", "circuit", "GET", "/users/" + CircuitReference.ROGER,
                    "Authorization: Bearer " + CircuitReference.ALL_TOKEN + "\r\nAccept: application/json\r\n", null),
            new Scenario("Circuit `GET /users/{id}`, XML", "circuit", "GET", "/users/" + CircuitReference.ROGER,
                    "Authorization: Bearer " + CircuitReference.ALL_TOKEN + "\r\nAccept: application/xml\r\n", null),
            new Scenario("Bird `PATCH /me`", "bird", "PATCH", "/me",
                    "Authorization: Bearer " + BirdReference.DEMO_TOKEN + "\r\nAccept: application/json\r\n"
                            + "Content-Type: application/json\r\n", "{\"name\":\"Ada King\"}"));

    private final int runs;

    ServerLoadBenchmark(int runs) {
        this.runs = runs;
    }

    Section run() throws IOException {
        List<Figure> figures = new ArrayList<>();
        LoadRun jitWarmUp = new LoadRun(CONNECTIONS, JIT_WARM_UP, WARM_UP);
        LoadRun load = new LoadRun(CONNECTIONS, WARM_UP, MEASURED);
        try (ReferenceServers servers = ReferenceServers.start((api, specPort) -> 0)) {
            for (Scenario scenario : SCENARIOS) {
                URI base = servers.get(scenario.api()).server().baseUri();
                InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
                byte[] request = HttpConnection.request(scenario.method(), address, base.getPath() + scenario.path(),
                        scenario.headers(), scenario.body());
                HttpConnection.Response answer = capture(address, request);
                try (BareServer bare = new BareServer(0, answer.status(), answer.contentType(), answer.body())) {
                    byte[] bareRequest = HttpConnection.request(scenario.method(), bare.address(),
                            base.getPath() + scenario.path(), scenario.headers(), scenario.body());
                    jitWarmUp.run(address, request, answer.status());
                    jitWarmUp.run(bare.address(), bareRequest, answer.status());
                    figures.addAll(measure(scenario, () -> load.run(address, request, answer.status()),
                            () -> load.run(bare.address(), bareRequest, answer.status())));
                }
            }
        }
        return new Section("Server under load",
                CONNECTIONS + " concurrent kept-alive HTTP/1.1 connections over loopback from a Java load driver in "
                        + "the same JVM (closed loop: each connection sends its next request when the answer is "
                        + "in). For each request, both servers are first loaded for " + JIT_WARM_UP.toSeconds()
                        + " s so that the JIT has settled; then " + runs + " runs alternate between them, each "
                        + WARM_UP.toSeconds() + " s unmeasured then " + MEASURED.toSeconds() + " s measured. "
                        + "Baseline: the JDK's `HttpServer` answering every request with the bytes the reference "
                        + "server answered (the ceiling here).",
                figures, "");
    }

    private List<Figure> measure(Scenario scenario, Supplier<LoadRun.Result> ours, Supplier<LoadRun.Result> bare) {
        List<LoadRun.Result> reference = new ArrayList<>();
        List<LoadRun.Result> baseline = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            reference.add(ours.get());
            baseline.add(bare.get());
        }
        return List.of(
                figure(scenario, "throughput", "req/s", LoadRun.Result::throughput, reference, baseline,
                        Optional.of(Goal.ratioAtLeast(0.5))),
                figure(scenario, "p50 latency", "ms", LoadRun.Result::p50Millis, reference, baseline, Optional.empty()),
                figure(scenario, "p99 latency", "ms", LoadRun.Result::p99Millis, reference, baseline, Optional.empty()));
    }

    private static Figure figure(Scenario scenario, String what, String unit, ToDoubleFunction<LoadRun.Result> metric,
                                 List<LoadRun.Result> reference, List<LoadRun.Result> baseline, Optional<Goal> goal) {
        return new Figure(scenario.title() + ", " + what, unit, Samples.of(reference, metric), "bare",
                Samples.of(baseline, metric), goal);
    }

    private static HttpConnection.Response capture(InetSocketAddress address, byte[] request) throws IOException {
        try (HttpConnection connection = new HttpConnection(address)) {
            HttpConnection.Response answer = connection.exchange(request);
            if (answer.status() / 100 != 2) {
                throw new IllegalStateException("the reference server answered " + answer.status());
            }
            return answer;
        }
    }
}
