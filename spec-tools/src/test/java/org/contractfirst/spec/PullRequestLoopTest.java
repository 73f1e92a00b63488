package org.contractfirst.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate in a pull request's life, in a throwaway git repository: a break fails with the lines that would accept
 * it, GitHub annotations on the changed line and a step summary; the lines, committed beside the specs, accept it;
 * later commits that edit elsewhere keep it accepted; an edit to the change itself needs accepting again.
 */
class PullRequestLoopTest {

    private static final Pattern ACCEPT_LINE = Pattern.compile("^[0-9a-f]{16} bird \\S+ "
            + Pattern.quote(AcceptedChanges.PLACEHOLDER) + "$", Pattern.MULTILINE);

    @Test
    void aBreakIsAcceptedByItsLinesBesideTheSpecsAndStaysAcceptedAcrossLaterCommits(@TempDir Path repository)
            throws Exception {
        BirdOnABranch branch = BirdOnABranch.renamingTheProfileRead(repository);
        Path specs = branch.specs();

        Path summary = repository.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        Run failing = run(specs, "breaking", "--annotations", "--summary", summary.toString());
        assertEquals(1, failing.status(), failing.out());
        String line = lineOf(failing.out(), "::error file=specs/bird.yaml,line=");
        assertTrue(line.contains(",title=operation-id-changed::bird: `GET /me`: operationId `getProfile` became `getMe`"),
                line);
        String summaryText = Files.readString(summary);
        assertTrue(summaryText.startsWith("earlier step\n# Spec changes since "), "appended to the step summary");
        assertTrue(summaryText.contains("accept each in " + AcceptedChanges.FILE), summaryText);

        List<String> acceptLines = new ArrayList<>();
        Matcher accept = ACCEPT_LINE.matcher(failing.out());
        while (accept.find()) {
            acceptLines.add(accept.group().replace(AcceptedChanges.PLACEHOLDER, "clients generate from v1.1 on"));
        }
        assertEquals(1, acceptLines.size(), failing.out());
        Files.write(specs.resolve(AcceptedChanges.FILE), acceptLines);
        branch.git("add", ".");
        branch.git("commit", "-q", "-m", "Accept the rename");
        Run accepted = run(specs, "breaking", "--annotations");
        assertEquals(0, accepted.status(), accepted.out());
        assertTrue(lineOf(accepted.out(), "::notice file=specs/bird.yaml,line=").contains("title=operation-id-changed (accepted)"));

        branch.edit("paths:\n", "paths:\n  /health:\n    get:\n      operationId: getHealth\n      responses:\n"
                + "        \"204\":\n          description: Up\n");
        branch.git("commit", "-q", "-am", "A new operation above, which moves every line");
        Run later = run(specs, "breaking");
        assertEquals(0, later.status(), later.out());
        assertTrue(later.out().contains("`operation-id-changed` `GET /me`: operationId `getProfile` became `getMe`"),
                later.out());

        branch.edit("operationId: getMe", "operationId: readMe");
        assertEquals(1, run(specs, "breaking").status(), "another new value is another change, not yet accepted");
    }

    private record Run(int status, String out) {
    }

    private static Run run(Path specs, String... arguments) throws IOException {
        PrintStream standardOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int status = SpecTool.run(List.of(arguments), specs);
            return new Run(status, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(standardOut);
        }
    }

    private static String lineOf(String out, String prefix) {
        return out.lines().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + prefix + " in\n" + out));
    }
}
