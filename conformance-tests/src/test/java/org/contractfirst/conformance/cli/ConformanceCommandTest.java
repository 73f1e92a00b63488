package org.contractfirst.conformance.cli;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a team's CI runs it: its exit status, its reports, and no credential in any of them. */
class ConformanceCommandTest {

    private static final String TOKEN = "bird-demo-token";
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
    void aWrongCredentialIsSaidInOneLineAndTheRunCannotBeMade(@TempDir Path folder) {
        Run run = run("--spec", "../specs/bird.yaml", "--url", birdUrl, "--credential", "not-a-token", "--seed", "3",
                "--checks", "positive_data_acceptance", "--report", folder.toString());

        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("every valid request was refused with 401"), run.output());
        assertFalse(run.output().contains("not-a-token"), run.output());
    }

    @Test
    void aRunThatCannotBeMadeExitsTwo(@TempDir Path folder) {
        assertEquals(2, run("--spec", folder.resolve("missing.yaml").toString(), "--url", birdUrl).status());
        assertEquals(2, run("--spec", "../specs/bird.yaml", "--url", birdUrl, "--checks", "no_such_check").status());
        assertEquals(2, run("--url", birdUrl).status(), "--spec is required");
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
