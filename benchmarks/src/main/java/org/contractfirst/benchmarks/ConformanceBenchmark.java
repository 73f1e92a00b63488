package org.contractfirst.benchmarks;

import org.contractfirst.conformance.Checks;
import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.Targets;
import org.contractfirst.conformance.checks.Intent;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.checks.ResponseCheck;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.http.HttpRequest;
import org.contractfirst.conformance.http.HttpTransport;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.Operation;
import org.contractfirst.reference.ReferenceServers;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The default conformance suite (every check on every operation of the four reference servers, started
 * in-process), timed without JUnit and Maven around it; beside it, the very requests it sent, replayed bare through
 * the suite's own HTTP client: the same server work, without the suite's generation and checks.
 */
final class ConformanceBenchmark {

    /** A fixed seed, so every run sends the same requests. */
    private static final long SEED = 1;

    /** Requests and checks one run spent on one operation. */
    private record Cost(int requests, int checks) {
        Cost plus(Cost other) {
            return new Cost(requests + other.requests, checks + other.checks);
        }
    }

    /** One run: the requests the suite sent, its time, and the time of the same requests replayed bare. */
    private record Run(int requests, double suiteSeconds, int replayed, double bareSeconds) {
    }

    /** One API's share of a run: its requests and the time its checks took. */
    private record ApiRun(int requests, double seconds) {
    }

    /** A request as the suite sent it, and where. */
    private record Sent(URI base, HttpRequest request) {
    }

    /** Keeps every request that an operation's answer came back to; it judges nothing. */
    private record RequestKeeper(List<Sent> sent) implements ResponseCheck {
        @Override
        public String name() {
            return "recorder";
        }

        @Override
        public String code() {
            return "none";
        }

        @Override
        public Optional<String> verify(RunContext context, Recorder recorder, Operation operation, Exchange exchange, Intent intent) {
            sent.add(new Sent(context.target().baseUri(), exchange.request()));
            return Optional.empty();
        }
    }

    private final int runs;

    ConformanceBenchmark(int runs) {
        this.runs = runs;
    }

    Section run() {
        List<Run> measured = new ArrayList<>();
        Map<String, Cost> perOperation = new LinkedHashMap<>();
        Map<String, List<ApiRun>> perApi = new LinkedHashMap<>();
        int failures = 0;
        for (int run = 0; run < runs; run++) {
            perOperation.clear();
            try (ReferenceServers servers = ReferenceServers.start((api, specPort) -> 0)) {
                List<Target> targets = servers.running().stream().map(ConformanceBenchmark::target).toList();
                List<Sent> sent = new ArrayList<>();
                List<ResponseCheck> checks = new ArrayList<>(Checks.responseChecks());
                checks.add(new RequestKeeper(sent));
                int requests = 0;
                long start = System.nanoTime();
                for (Target target : targets) {
                    long apiStart = System.nanoTime();
                    RunOptions options = RunOptions.defaults(SEED);
                    Recorder session = new Recorder(target, checks, options);
                    for (Conformance.Step step : Conformance.plan(target, Checks.scenarioChecks(), options)) {
                        int requestsBefore = session.requestsSent();
                        int checksBefore = session.checksRun();
                        int recordedBefore = sent.size();
                        Conformance.run(session, step);
                        perOperation.merge(key(target, step.operation()), new Cost(session.requestsSent() - requestsBefore,
                                session.checksRun() - checksBefore - (sent.size() - recordedBefore)), Cost::plus);
                    }
                    requests += session.requestsSent();
                    perApi.computeIfAbsent(target.spec().name(), api -> new ArrayList<>())
                            .add(new ApiRun(session.requestsSent(), (System.nanoTime() - apiStart) / 1e9));
                    failures += session.failures().size() + session.errors().size();
                }
                double suiteSeconds = (System.nanoTime() - start) / 1e9;
                measured.add(new Run(requests, suiteSeconds, sent.size(), replay(sent)));
            }
        }
        if (failures > 0) {
            throw new IllegalStateException(failures + " conformance failures against the reference servers: "
                    + "run mvn -pl conformance-tests verify to see them");
        }
        return new Section("Conformance suite",
                "Every check on every operation of the reference servers (started in-process, not timed), "
                        + "seed " + SEED + ", " + runs + " runs in one JVM: the first run is as cold as `mvn verify`'s. "
                        + "Baseline: the requests the suite sent that an operation answered (all but the few "
                        + "undocumented methods), replayed right after it in the same order over one kept-alive client "
                        + "of the same JVM (the suite's own transport), with nothing generated and no check applied. "
                        + "Targets: the suite's cost per request at most twice the bare request's; the four APIs in under "
                        + "two minutes.",
                List.of(new Figure("suite, total time", "s", Samples.of(measured, Run::suiteSeconds),
                                "bare replay, total time", Samples.of(measured, Run::bareSeconds),
                                Optional.of(Goal.valueBelow(120, "s"))),
                        new Figure("suite, requests per second", "req/s",
                                Samples.of(measured, run -> run.requests() / run.suiteSeconds()),
                                "bare replay, requests per second",
                                Samples.of(measured, run -> run.replayed() / run.bareSeconds()),
                                Optional.of(Goal.ratioAtLeast(0.5)))),
                perApiTable(perApi) + "\n" + perOperationTable(perOperation));
    }

    private static String perApiTable(Map<String, List<ApiRun>> perApi) {
        StringBuilder table = new StringBuilder("Requests and time per API (time: median of the runs, smallest and "
                + "largest beside it):\n\n| API | requests | time |\n|---|---:|---:|\n");
        perApi.forEach((api, runs) -> {
            Samples seconds = Samples.of(runs, ApiRun::seconds);
            table.append("| ").append(api).append(" | ").append(runs.get(runs.size() - 1).requests()).append(" | ")
                    .append(Figure.number(seconds.median())).append(" s (").append(Figure.number(seconds.sorted()[0]))
                    .append("–").append(Figure.number(seconds.sorted()[seconds.sorted().length - 1])).append(") |\n");
        });
        return table.toString();
    }

    /** The API as the suite's own tests target it: its demo credential, fixtures and sandbox credentials. */
    private static Target target(ReferenceServers.Running api) {
        Map<String, String> fixtures = new TreeMap<>(api.demo().fixtures());
        api.sandboxCredentials().forEach((status, credential) -> fixtures.put("token." + status, credential));
        Credentials credentials = Credentials.of(api.demo().credential());
        for (var scoped : api.demo().scopedCredentials().entrySet()) {
            credentials = credentials.with(scoped.getKey(), scoped.getValue());
        }
        return new Target(Targets.spec(api.name()), api.server().baseUri(), credentials, fixtures, true, false);
    }

    private static String key(Target target, Operation operation) {
        return target.spec().name() + " | " + operation.operationId() + " (`" + operation.method() + " "
                + operation.path() + "`)";
    }

    /** The requests again, one after another over one kept-alive client, their answers unread but for the status. */
    private static double replay(List<Sent> sent) {
        HttpTransport transport = new HttpTransport(Duration.ofSeconds(5), Duration.ofSeconds(30));
        long start = System.nanoTime();
        for (Sent request : sent) {
            if (transport.send(request.base(), request.request()).status() <= 0) {
                throw new IllegalStateException("no answer to a replayed " + request.request().method());
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String perOperationTable(Map<String, Cost> perOperation) {
        StringBuilder table = new StringBuilder("Requests and checks per operation, in the last run:\n\n"
                + "| API | operation | requests | checks |\n|---|---|---:|---:|\n");
        perOperation.forEach((operation, cost) -> table.append("| ").append(operation).append(" | ")
                .append(cost.requests()).append(" | ").append(cost.checks()).append(" |\n"));
        return table.toString();
    }
}
