package org.contractfirst.benchmarks;

import io.restassured.RestAssured;
import org.contractfirst.conformance.ApiSpec;
import org.contractfirst.conformance.Checks;
import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.EmbeddedTargets;
import org.contractfirst.conformance.Session;
import org.contractfirst.conformance.Target;
import org.contractfirst.server.zitadel.reference.ZitadelServer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default conformance suite (every check on every operation of the four reference servers, started
 * in-process), timed without JUnit and Maven around it; beside it, the same number of bare requests through the
 * suite's own HTTP client.
 */
final class ConformanceBenchmark {

    /** A fixed seed, so every run sends the same requests. */
    private static final long SEED = 1;

    /** Requests and checks one run spent on one operation. */
    private record Cost(int requests, int checks) {
        Cost plus(int moreRequests, int moreChecks) {
            return new Cost(requests + moreRequests, checks + moreChecks);
        }
    }

    private final int runs;

    ConformanceBenchmark(int runs) {
        this.runs = runs;
    }

    Section run() {
        double[] suiteSeconds = new double[runs];
        double[] bareSeconds = new double[runs];
        double[] suiteRate = new double[runs];
        double[] bareRate = new double[runs];
        Map<String, Cost> perOperation = new LinkedHashMap<>();
        int failures = 0;
        for (int run = 0; run < runs; run++) {
            perOperation.clear();
            try (EmbeddedTargets embedded = new EmbeddedTargets()) {
                int requests = 0;
                long start = System.nanoTime();
                for (Target target : embedded.targets()) {
                    Session session = new Session(target, Checks.responseChecks(), SEED);
                    for (Conformance.Step step : Conformance.plan(target, Checks.scenarioChecks())) {
                        int requestsBefore = session.requestsSent();
                        int checksBefore = session.checksRun();
                        Conformance.run(session, step);
                        perOperation.merge(key(target, step.endpoint()), new Cost(
                                        session.requestsSent() - requestsBefore, session.checksRun() - checksBefore),
                                (a, b) -> a.plus(b.requests(), b.checks()));
                    }
                    requests += session.requestsSent();
                    failures += session.failures().size();
                }
                suiteSeconds[run] = (System.nanoTime() - start) / 1e9;
                suiteRate[run] = requests / suiteSeconds[run];
                bareSeconds[run] = bareRequests(embedded, requests);
                bareRate[run] = requests / bareSeconds[run];
            }
        }
        if (failures > 0) {
            throw new IllegalStateException(failures + " conformance failures against the reference servers: "
                    + "run mvn -pl conformance-tests verify to see them");
        }
        return new Section("Conformance suite",
                "Every check on every operation of the four reference servers (started in-process, not timed), "
                        + "seed " + SEED + ", " + runs + " runs in one JVM: the first run is as cold as `mvn verify`'s. "
                        + "Baseline: as many bare `GET /users/me/profile` requests to ZITADEL, one after another, "
                        + "through the same HTTP client (rest-assured), with no check applied.",
                List.of(new Figure("suite, total time", "s", Samples.of(suiteSeconds),
                                "bare requests, total time", Samples.of(bareSeconds), Optional.empty()),
                        new Figure("suite, requests per second", "req/s", Samples.of(suiteRate),
                                "bare requests per second", Samples.of(bareRate), Optional.empty())),
                perOperationTable(perOperation));
    }

    private static String key(Target target, ApiSpec.Endpoint endpoint) {
        return target.spec().name() + " | " + endpoint.operationId() + " (`" + endpoint.method() + " "
                + endpoint.path() + "`)";
    }

    private static double bareRequests(EmbeddedTargets embedded, int count) {
        Target zitadel = embedded.targets().stream().filter(target -> target.spec().name().equals("zitadel"))
                .findFirst().orElseThrow();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int status = RestAssured.given().baseUri(zitadel.baseUri().toString())
                    .header("Authorization", "Bearer " + ZitadelServer.DEMO_TOKEN).get("/users/me/profile").statusCode();
            if (status != 200) {
                throw new IllegalStateException("GET /users/me/profile answered " + status);
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
