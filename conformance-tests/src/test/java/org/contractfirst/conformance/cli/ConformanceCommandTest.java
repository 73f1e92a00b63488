package org.contractfirst.conformance.cli;

import org.contractfirst.conformance.Answers;
import org.contractfirst.conformance.http.Redactor;
import org.contractfirst.reference.ReferenceServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a team's CI runs it: its exit status, its reports, and no credential in any of them. */
class ConformanceCommandTest {

    private static final String TOKEN = "bird-demo-token";
    private static final String GATEWAY_KEY = "gateway-secret-4711";
    private static final String CONVERTED = "read as Swagger 2.0, converted to OpenAPI 3.0";
    private static ReferenceServers servers;
    private static String birdUrl;

    @BeforeAll
    static void startBird() {
        servers = ReferenceServers.start((api, specPort) -> 0);
        birdUrl = servers.running().stream().filter(api -> api.name().equals("bird")).findFirst().orElseThrow()
                .server().baseUri().toString();
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    @Test
    void aConformingServerExitsZeroAndWritesEveryReportWithoutTheCredential(@TempDir Path folder) throws IOException {
        Path junit = folder.resolve("junit.xml");
        Run run = run("--spec", "../specs/bird.yaml", "--url", birdUrl, "--credential", TOKEN, "--seed", "3",
                "--strict", "--report", folder.resolve("report").toString(), "--junit", junit.toString());

        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("conformance seed: 3"), run.output());
        for (Path report : new Path[] {folder.resolve("report/conformance-report.md"), junit}) {
            String text = Files.readString(report);
            assertTrue(text.contains("bird"), report + " names the API");
            assertFalse(text.contains(TOKEN), report + " holds the credential");
        }
        assertTrue(Files.readString(junit).contains("<testcase"));
        assertFalse(run.output().contains(TOKEN));
    }

    @Test
    void aWrongCredentialIsSaidInOneLineBeforeAnyCheckAndLeavesNoOlderReportBehind(@TempDir Path folder)
            throws IOException {
        Path report = Files.createDirectories(folder.resolve("report"));
        Files.writeString(report.resolve("conformance-report.md"), "an older run's report");
        Path junit = Files.writeString(folder.resolve("TEST-conformance.xml"), "<testsuite/>");

        Run run = run("--spec", "../specs/bird.yaml", "--url", birdUrl, "--credential", "not-a-token", "--seed", "3",
                "--report", report.toString(), "--junit", junit.toString());

        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("refuses the run's credential: 401 to getProfile (GET /me)"), run.output());
        assertFalse(run.output().contains(" failed for "), run.output());
        assertFalse(Files.exists(report.resolve("conformance-report.md")), "an older run's report is left as this run's");
        assertFalse(Files.exists(junit), "an older run's JUnit XML is left as this run's");
        assertFalse(run.output().contains("not-a-token"), run.output());
    }

    @Test
    void eachStepIsALineOnStandardErrorUnlessQuietAndNothingOfAnOlderRunStaysInTheReportFolder(@TempDir Path folder)
            throws IOException {
        Path report = Files.createDirectories(folder.resolve("report").resolve("bodies"));
        Files.writeString(report.resolve("older-run.body"), "a body an older run kept");
        Files.writeString(folder.resolve("report/notes.txt"), "the team's own file");
        String[] args = {"--spec", "../specs/bird.yaml", "--url", birdUrl, "--credential", TOKEN, "--seed", "3",
                "--checks", "positive_data_acceptance,head_like_get", "--report", folder.resolve("report").toString()};

        Run loud = run(args);
        Run quiet = run(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--quiet"))
                .toArray(String[]::new));

        assertEquals(0, loud.status(), loud.output());
        assertTrue(loud.output().contains("[1/"), loud.output());
        assertTrue(loud.output().contains("] positive_data_acceptance getProfile (GET /me): ok\n"), loud.output());
        assertTrue(loud.output().contains("] head_like_get getProfile (GET /me): ok\n"), loud.output());
        assertEquals(0, quiet.status(), quiet.output());
        assertFalse(quiet.output().contains("[1/"), quiet.output());
        assertFalse(Files.exists(report.resolve("older-run.body")), "an older run's body stays beside the new report");
        assertTrue(Files.exists(folder.resolve("report/notes.txt")), "a file no run wrote is kept");
        assertTrue(Files.exists(folder.resolve("report/conformance-report.md")));
    }

    @Test
    void nothingListeningAtTheUrlIsSaidInOneLineBeforeAnyCheck(@TempDir Path folder) throws IOException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Run run = run("--spec", "../specs/bird.yaml", "--url", "http://127.0.0.1:" + port, "--credential", TOKEN,
                "--report", folder.toString());

        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("nothing answers at http://127.0.0.1:" + port), run.output());
        assertFalse(run.output().contains("failed for"), run.output());
    }

    @Test
    void anHtmlPageWhereTheSpecDocumentsJsonIsSaidInOneLineBeforeAnyCheck(@TempDir Path folder) throws IOException {
        com.sun.net.httpserver.HttpServer page = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        page.createContext("/", exchange -> {
            try (exchange) {
                Answers.send(exchange, 404, "text/html", "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8));
            }
        });
        page.start();
        try {
            Run run = run("--spec", "../specs/bird.yaml", "--url", "http://127.0.0.1:" + page.getAddress().getPort(),
                    "--credential", TOKEN, "--report", folder.toString());
            assertEquals(2, run.status(), run.output());
            assertTrue(run.output().contains("page of HTML, where the spec documents no HTML"), run.output());
            assertFalse(run.output().contains("failed for"), run.output());
        } finally {
            page.stop(0);
        }
    }

    @Test
    void aServerThatNeverAnswersIsEndedByMaxTimeWithTheStepsNotRunSkipped(@TempDir Path folder) throws Exception {
        // It answers the first request, then holds every connection open and says nothing.
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    java.net.Socket first = silent.accept();
                    first.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                            + "Connection: close\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
                    first.close();
                    while (!silent.isClosed()) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Path junit = folder.resolve("junit.xml");
            Run run;
            try {
                run = run("--spec", "../specs/bird.yaml", "--url", "http://127.0.0.1:" + silent.getLocalPort(),
                        "--credential", TOKEN, "--read-timeout", "300", "--max-time", "2", "--report",
                        folder.resolve("report").toString(), "--junit", junit.toString());
            } finally {
                for (java.net.Socket socket : held) {
                    socket.close();
                }
            }

            // Requests that got no answer are failures already found: the run exits 1 for them, and says where it stopped.
            assertEquals(1, run.status(), run.output());
            assertTrue(run.output().contains("the run stopped at --max-time 2 s"), run.output());
            assertTrue(Files.readString(junit).contains("<skipped message=\"" + org.contractfirst.conformance.Conformance.OUT_OF_TIME),
                    Files.readString(junit));
        }
    }

    @Test
    void aRunThatCannotBeMadeExitsTwo(@TempDir Path folder) {
        assertEquals(2, run("--spec", folder.resolve("missing.yaml").toString(), "--url", birdUrl).status());
        assertEquals(2, run("--spec", "../specs/bird.yaml", "--url", birdUrl, "--checks", "no_such_check").status());
        assertEquals(2, run("--url", birdUrl).status(), "--spec is required");
        Run nameless = run("--spec", "../specs/bird.yaml", "--url", birdUrl, "--header", "no-colon-" + GATEWAY_KEY);
        assertEquals(2, nameless.status(), "--header without NAME:");
        assertFalse(nameless.output().contains(GATEWAY_KEY), nameless.output());
    }

    @Test
    void aSwagger2SpecIsCheckedThroughItsConversionAndTheRunSaysSoOnce(@TempDir Path folder) throws IOException {
        try (PetsServer pets = new PetsServer(GATEWAY_KEY)) {
            Run run = run("--spec", PetsServer.SPEC, "--url", pets.baseUri().toString(), "--credential", PetsServer.CREDENTIAL,
                    "--header", "X-Api-Key:" + GATEWAY_KEY, "--seed", "5", "--max-requests-per-operation", "5",
                    "--exclude-checks", "transport_robustness", "--report", folder.toString());

            assertEquals(0, run.status(), run.output());
            assertEquals(1, occurrences(run.output(), CONVERTED), run.output());
            assertTrue(run.output().contains("spec finding: spec-converted-from-swagger-2 pets (the spec): " + CONVERTED),
                    run.output());
            for (String report : new String[] {"conformance-report.md", "conformance-report.html", "conformance-report.json"}) {
                assertEquals(1, occurrences(Files.readString(folder.resolve(report)), CONVERTED), report);
            }
        }
    }

    @Test
    void aHeaderGoesOnEveryRequestAndIntoNoReport(@TempDir Path folder) throws IOException {
        try (PetsServer pets = new PetsServer(GATEWAY_KEY)) {
            Run run = run("--spec", PetsServer.SPEC, "--url", pets.baseUri().toString(), "--credential", PetsServer.CREDENTIAL,
                    "--header", "X-Api-Key: " + GATEWAY_KEY, "--seed", "5", "--max-requests-per-operation", "5",
                    "--report", folder.resolve("report").toString(), "--junit", folder.resolve("junit.xml").toString());

            assertEquals(0, pets.withoutGatewayKey(), "requests without the header, raw probes and OPTIONS included");
            assertTrue(pets.answered().stream().anyMatch(status -> status / 100 == 2), "answered " + pets.answered());
            assertNoGatewayKey(run, folder);
        }
    }

    @Test
    void aHeaderIsHiddenInTheCurlLinesOfFailures(@TempDir Path folder) throws IOException {
        try (PetsServer pets = new PetsServer(GATEWAY_KEY)) {
            // A base URL one segment off: every valid request gets a 404, a failure with its curl line.
            Run run = run("--spec", PetsServer.SPEC, "--url", pets.baseUri() + "/elsewhere", "--credential",
                    PetsServer.CREDENTIAL, "--header", "X-Api-Key:" + GATEWAY_KEY, "--seed", "5",
                    "--max-requests-per-operation", "2", "--checks", "positive_data_acceptance", "--report", folder.toString());

            assertEquals(1, run.status(), run.output());
            assertTrue(run.output().contains("X-Api-Key: " + Redactor.HIDDEN), run.output());
            assertNoGatewayKey(run, folder);
        }
    }

    @Test
    void withoutTheHeaderTheGatewaysRefusalsShow(@TempDir Path folder) throws IOException {
        try (PetsServer pets = new PetsServer(GATEWAY_KEY)) {
            Run run = run("--spec", PetsServer.SPEC, "--url", pets.baseUri().toString(), "--credential", PetsServer.CREDENTIAL,
                    "--seed", "5", "--max-requests-per-operation", "2", "--checks", "positive_data_acceptance",
                    "--report", folder.toString());

            assertEquals(2, run.status(), run.output());
            assertEquals(Set.of(401), pets.answered());
            assertTrue(run.output().contains("refuses the run's credential: 401 to listPets (GET /pets)"), run.output());
            assertTrue(run.output().contains("--header"), run.output());
        }
    }

    /** Neither what the run printed nor any file it wrote (reports, JUnit XML, bodies) holds the gateway's key. */
    private static void assertNoGatewayKey(Run run, Path folder) throws IOException {
        assertFalse(run.output().contains(GATEWAY_KEY), run.output());
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(GATEWAY_KEY), file + " holds the key");
            }
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void helpAndTheListOfChecksExitZero() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.output().contains("--max-requests-per-operation"), help.output());
        Run checks = run("--list-checks");
        assertEquals(0, checks.status());
        assertTrue(checks.output().contains("negative_data_rejection CF121"), checks.output());
    }

    private record Run(int status, String output) {
    }

    /** Runs the command in this JVM, capturing what it prints to standard output and error. */
    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            return new Run(ConformanceCommand.run(args), printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
