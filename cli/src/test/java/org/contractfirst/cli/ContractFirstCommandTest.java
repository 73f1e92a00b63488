package org.contractfirst.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one command line: every subcommand answers --help, and the spec commands exit 0, 1 and 2 as documented. */
class ContractFirstCommandTest {

    private static final Path BIRD = Path.of("../specs/bird.yaml");
    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Notes
              version: 1.0.0
            paths:
              /notes:
                get:
                  operationId: listNotes
                  responses:
                    '200':
                      description: The notes.
            %s""";

    @TempDir
    Path folder;

    @Test
    void everySubcommandAnswersHelpWithItsName() {
        for (String name : List.of("check", "mock", "breaking", "lint", "format")) {
            Run run = run(name, "--help");

            assertEquals(0, run.status(), name);
            assertTrue(run.out().contains("Usage: contract-first " + name), run.out());
        }
    }

    @Test
    void noSubcommandOrAnUnknownOneIsAUsageError() {
        assertEquals(2, run().status());
        assertEquals(2, run("serve").status());
    }

    @Test
    void breakingFailsOnARemovedOperationAndPassesOnAnAddedOne() throws IOException {
        Path old = Files.writeString(folder.resolve("old.yaml"), SPEC.formatted(""));
        Path added = Files.writeString(folder.resolve("added.yaml"), SPEC.formatted("""
                  /notes/{id}:
                    get:
                      operationId: getNote
                      parameters:
                        - name: id
                          in: path
                          required: true
                          schema:
                            type: string
                      responses:
                        '200':
                          description: The note.
                """));

        assertEquals(0, run("breaking", old.toString(), added.toString()).status());
        assertEquals(1, run("breaking", added.toString(), old.toString()).status());
        assertEquals(2, run("breaking", old.toString(), folder.resolve("missing.yaml").toString()).status());
        assertEquals(2, run("breaking", old.toString()).status());
    }

    @Test
    void lintAndFormatCheckPassOnAProjectSpecAndFormatCheckFailsOnAReorderedOne() throws IOException {
        Path reordered = Files.writeString(folder.resolve("notes.yaml"), """
                info:
                  version: 1.0.0
                  title: Notes
                openapi: 3.0.3
                paths: {}
                """);

        assertEquals(0, run("lint", BIRD.toString()).status());
        assertEquals(0, run("format", "--check", BIRD.toString()).status());
        assertEquals(1, run("format", "--check", reordered.toString()).status());
        assertEquals(0, run("format", reordered.toString()).status());
        assertEquals(0, run("format", "--check", reordered.toString()).status());
    }

    @Test
    void aMockOfAMissingFileIsAUsageError() {
        assertEquals(2, run("mock", "--spec", folder.resolve("missing.yaml").toString()).status());
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine command = ContractFirstCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(out, true));
        return new Run(command.execute(args), out.toString());
    }

    private record Run(int status, String out) {
    }
}
