package org.contractfirst.conformance.real;

import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.report.Coverage;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The suite against Swagger Petstore v3, a server it was not written alongside. Its answers are compared with the
 * committed triage, which says for every failure why the spec makes it one (a false alarm is never accepted), and
 * for every operation never answered with a 2xx what kept it from one: a change to the suite that finds more,
 * finds less or misjudges shows up here as a difference to account for.
 */
class RealPetstoreTest {

    /** Fixed, so that the requests, and so the failures, are the same from run to run. */
    private static final long SEED = 3;

    private static PetstoreServer petstore;
    private static Recorder session;
    private static Triage triage;

    @BeforeAll
    static void runTheSuite() throws IOException {
        petstore = PetstoreServer.start();
        // The petstore declares its security but accepts any API key and any bearer token.
        Credentials credentials = new Credentials(Optional.empty(),
                Map.of("api_key", "conformance-api-key", "petstore_auth", "conformance-access-token"));
        ApiSpec spec = ApiSpec.read("petstore", petstore.spec().toString());
        Target target = new Target(spec, petstore.baseUri(), credentials, Map.of(), false, false);
        session = Conformance.runAll(target, RunOptions.defaults(SEED));
        // The suite's own report of the run, to triage from: each failure with its curl command and what came back.
        new Report(List.of(Coverage.of(session)), SEED).write(PetstoreServer.work().resolve("petstore-report"));
        triage = Triage.parse(resource("/real-servers/petstore-triage.md"));
    }

    @AfterAll
    static void stop() {
        if (petstore != null) {
            petstore.close();
        }
    }

    @Test
    void everyFailureIsTriagedAndEveryTriagedFailureStillOccurs() {
        List<String> problems = triage.compareFailures(session.failures());
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }

    @Test
    void everyOperationNeverAnsweredWithA2xxIsExplained() {
        List<String> problems = triage.compareNotAnswered(neverAnsweredWith2xx(session));
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }

    /**
     * A step that broke down, or was not run for want of a credential or a reach, judged nothing, so the comparison
     * above would not be about the server; a step that ran and found nothing of its kind to judge is the spec's shape.
     */
    @Test
    void everyStepRan() {
        assertEquals(List.of(), session.errors());
        assertEquals(List.of(), session.skipped().stream().filter(skipped -> !skipped.reason().startsWith("nothing to judge: ")).toList());
    }

    /** The operations documenting a 2xx that the run never received one from, as a failure names them. */
    private static List<String> neverAnsweredWith2xx(Recorder session) {
        Set<String> answered = session.exercised().stream().filter(cell -> cell.status().startsWith("2"))
                .map(Recorder.Cell::operationId).collect(Collectors.toSet());
        return session.context().spec().operations().stream()
                .filter(operation -> !operation.statuses('2').isEmpty() && !answered.contains(operation.operationId()))
                .map(Operation::toString).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RealPetstoreTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
