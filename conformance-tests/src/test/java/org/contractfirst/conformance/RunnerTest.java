package org.contractfirst.conformance;

import org.contractfirst.conformance.report.ReportRenderers;
import org.contractfirst.conformance.checks.NotAServerError;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.checks.ScenarioCheck;
import org.contractfirst.conformance.http.Body;
import org.contractfirst.conformance.http.Curl;
import org.contractfirst.conformance.http.Exchange;
import org.contractfirst.conformance.http.HttpRequest;
import org.contractfirst.conformance.http.HttpTransport;
import org.contractfirst.conformance.http.Redactor;
import org.contractfirst.conformance.report.Coverage;
import org.contractfirst.conformance.report.JunitXmlRenderer;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner itself holds: a step that throws is that step's error and the run goes on; a request nobody answers
 * ends at the read timeout; a long body goes to a file curl reads, its credentials hidden; the same failure is one,
 * counted; every report lists every failure and spec finding, and the JUnit XML names a test "check operation".
 */
class RunnerTest {

    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    private static Recorder session() {
        return new Recorder(new Target(Targets.spec("bird"), NOWHERE, Credentials.of("secret-token"), Map.of(), false, false),
                Checks.responseChecks(), RunOptions.defaults(1));
    }

    private static Operation getProfile(Recorder session) {
        return session.context().spec().operation("GET", "/me").orElseThrow();
    }

    private static Exchange answered(int status, String body) {
        return new Exchange(HttpRequest.of("GET", "/me"), status, Map.of(), body.getBytes(StandardCharsets.UTF_8), body,
                Optional.empty());
    }

    @Test
    void aStepThatThrowsIsThatStepsErrorWithItsStackAndTheRunGoesOn() {
        Recorder session = session();
        AtomicInteger ranAfter = new AtomicInteger();
        ScenarioCheck throwing = new ScenarioCheck() {
            public String name() {
                return "throwing";
            }

            public String code() {
                return "CF999";
            }

            public void run(RunContext context, Recorder recorder, Operation operation) {
                throw new IllegalStateException("the step's own trouble");
            }
        };
        ScenarioCheck counting = new ScenarioCheck() {
            public String name() {
                return "counting";
            }

            public String code() {
                return "CF998";
            }

            public void run(RunContext context, Recorder recorder, Operation operation) {
                ranAfter.incrementAndGet();
            }
        };
        Conformance.Outcome thrown = Conformance.run(session, new Conformance.Step(throwing, getProfile(session)));
        Conformance.run(session, new Conformance.Step(counting, getProfile(session)));

        assertEquals(1, thrown.errors().size());
        assertTrue(thrown.errors().get(0).stack().contains("IllegalStateException: the step's own trouble"));
        assertEquals(1, ranAfter.get());
    }

    @Test
    void aRequestNobodyAnswersEndsAtTheReadTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Exchange exchange = new HttpTransport(Duration.ofSeconds(2), Duration.ofMillis(300))
                    .send(URI.create("http://127.0.0.1:" + silent.getLocalPort()), HttpRequest.of("GET", "/me"));
            assertEquals(0, exchange.status());
            assertEquals(Optional.of("no response within 300 ms"), exchange.problem());
        }
    }

    @Test
    void aLongBodyGoesToAFileThatCurlReadsWithItsCredentialsHidden(@TempDir Path bodies) throws Exception {
        String body = "{\"token\":\"secret-token\",\"padding\":\"" + "p".repeat(2000) + "\"}";
        String curl = new Curl(new Redactor(List.of("secret-token")), bodies).of(NOWHERE,
                HttpRequest.of("POST", "/me").withBody(Body.text("application/json", body)));

        assertTrue(curl.contains("--data-binary '@" + bodies.toAbsolutePath()), curl);
        try (var files = Files.list(bodies)) {
            String kept = Files.readString(files.findFirst().orElseThrow());
            assertTrue(kept.contains("padding"));
            assertFalse(kept.contains("secret-token"));
        }
    }

    @Test
    void theSameFailureTwiceIsOneFailureCountedTwice() {
        Recorder session = session();
        NotAServerError check = new NotAServerError();
        session.judge(check, getProfile(session), answered(500, "{}"), Optional.of("a status below 500"));
        session.judge(check, getProfile(session), answered(502, "{}"), Optional.of("a status below 500"));
        session.judge(check, getProfile(session), answered(200, "{}"), Optional.of("another expectation"));

        assertEquals(2, session.failures().size());
        assertEquals(2, session.failures().get(0).count());
    }

    @Test
    void everyReportListsEveryFailureAndFindingAndJunitNamesTestsByCheckAndOperation(@TempDir Path folder) throws Exception {
        Recorder session = session();
        NotAServerError check = new NotAServerError();
        session.judge(check, getProfile(session), answered(500, "{\"token\":\"secret-token\"}"), Optional.of("a status below 500"));
        session.finding("secured-operations-document-401", getProfile(session), "documents no 401");
        Report report = new Report(List.of(Coverage.of(session)), 1);
        for (String text : ReportRenderers.inReportFolder().stream().map(format -> format.render(report)).toList()) {
            assertTrue(text.contains("not_a_server_error") && text.contains("CF100"), text);
            assertTrue(text.contains("secured-operations-document-401"), text);
            assertFalse(text.contains("secret-token"), text);
        }
        Conformance.Step step = new Conformance.Step(new org.contractfirst.conformance.checks.AuthRequired(), getProfile(session));
        Report withStep = new Report(report.apis(), 1, false, List.of(new Report.StepResult("bird", step.toString(),
                new Conformance.Outcome(session.failures(), List.of(), null))));
        Path xml = folder.resolve("junit.xml");
        withStep.write(new JunitXmlRenderer(), xml);
        assertTrue(Files.readString(xml).contains("name=\"auth_required getProfile (GET /me)\""));
    }

    @Test
    void aDestructiveStepIsSkippedWithTheOptionThatRunsItInEveryReportAndAStepThatCannotApplyIsNone(@TempDir Path folder)
            throws Exception {
        Recorder session = session();
        List<Conformance.Step> plan = Conformance.plan(session.context().target(), Checks.scenarioChecks(), RunOptions.defaults(1));
        assertTrue(plan.stream().noneMatch(step -> step.check().name().equals("put_is_idempotent")), plan::toString);
        Conformance.Step deleteProfile = plan.stream().filter(step -> step.toString().equals("use_after_delete deleteProfile (DELETE /me)"))
                .findFirst().orElseThrow(() -> new AssertionError(plan.toString()));

        // Bird's DELETE /me deletes the caller, which no request can create first: the step needs --destructive.
        Conformance.Outcome outcome = Conformance.run(session, deleteProfile);
        assertTrue(outcome.skipped().contains("--destructive"), outcome::toString);
        assertEquals(0, session.requestsSent());
        Report report = new Report(List.of(Coverage.of(session)), 1);
        for (String text : ReportRenderers.inReportFolder().stream().map(format -> format.render(report)).toList()) {
            assertTrue(text.contains("use_after_delete") && text.contains("deleteProfile (DELETE /me)")
                    && text.contains("--destructive"), text);
        }
        Report withStep = new Report(report.apis(), 1, false, List.of(new Report.StepResult("bird", deleteProfile.toString(),
                outcome)));
        Path xml = folder.resolve("junit.xml");
        withStep.write(new JunitXmlRenderer(), xml);
        assertTrue(Files.readString(xml).contains("<skipped message=\"destructive:"), Files.readString(xml));
    }

    @Test
    void theSameSeedDrawsTheSameRequests() {
        List<String> first = drawn(7);
        assertEquals(first, drawn(7));
        assertFalse(first.equals(drawn(8)), "another seed draws others");
    }

    /** The requests a run of {@code seed} draws for Bird's PATCH, valid and invalid, as text. */
    private static List<String> drawn(long seed) {
        Recorder session = new Recorder(new Target(Targets.spec("bird"), NOWHERE, Credentials.of("secret-token"), Map.of(),
                false, false), Checks.responseChecks(), RunOptions.defaults(seed));
        Operation patch = session.context().spec().operation("PATCH", "/me").orElseThrow();
        List<String> requests = new java.util.ArrayList<>();
        new org.contractfirst.conformance.requests.ValidVariants(session.context()).of(patch).forEach(variant -> requests.add(
                variant.description() + " " + session.context().requests().render(variant.call()).body().text()));
        new org.contractfirst.conformance.requests.Mutations(session.context()).random(patch, 20).forEach(mutation -> requests.add(
                mutation.description() + " " + mutation.request().body().text()));
        return requests;
    }

    @Test
    void aTextIsReadInTheCharsetItsContentTypeNames() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=ISO-8859-1");
            exchange.sendResponseHeaders(200, latin1.length);
            exchange.getResponseBody().write(latin1);
            exchange.close();
        });
        server.start();
        try {
            Exchange exchange = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(2))
                    .send(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), HttpRequest.of("GET", "/"));
            assertEquals("caf\u00e9", exchange.text());
        } finally {
            server.stop(0);
        }
    }
}
