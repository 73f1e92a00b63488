package org.contractfirst.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pull request that breaks a real spec, in a throwaway git repository: the check compares the branch with its
 * merge base on main, fails, and writes a change log a reviewer can read.
 */
class BreakingChangeInGitTest {

    @Test
    void aBreakingEditOnABranchFailsWithAReadableChangeLog(@TempDir Path repository) throws Exception {
        Path specs = Files.createDirectories(repository.resolve("specs"));
        Path bird = specs.resolve("bird.yaml");
        Files.copy(Specs.dir().resolve("bird.yaml"), bird);
        git(repository, "init", "-q", "-b", "main");
        git(repository, "add", ".");
        git(repository, "commit", "-q", "-m", "Bird as published");
        git(repository, "checkout", "-q", "-b", "rename-profile");
        String spec = Files.readString(bird);
        Files.writeString(bird, spec.replace("operationId: getProfile", "operationId: getMe"));
        git(repository, "commit", "-q", "-am", "Rename the profile read");

        Path report = repository.resolve("changes.md");
        assertEquals(1, SpecTool.run(List.of("breaking", "--report", report.toString()), specs));
        String changelog = Files.readString(report);
        assertTrue(changelog.contains("bird: BREAKING changes"), changelog);
        assertTrue(changelog.contains("operationId `getProfile` became `getMe`"), changelog);

        Files.writeString(bird, Files.readString(bird).replace("version: v1", "version: v2"));
        assertEquals(0, SpecTool.run(List.of("breaking"), specs), "the major bump of info.version accepts it");
    }

    private static void git(Path repository, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repository.toString(),
                "-c", "user.name=Spec Tools", "-c", "user.email=spec-tools@example.com"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }
}
