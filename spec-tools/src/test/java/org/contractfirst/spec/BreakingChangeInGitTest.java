package org.contractfirst.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        BirdOnABranch branch = BirdOnABranch.renamingTheProfileRead(repository);
        Path specs = branch.specs();

        Path report = repository.resolve("changes.md");
        assertEquals(1, SpecTool.run(List.of("breaking", "--report", report.toString()), specs));
        String changelog = Files.readString(report);
        assertTrue(changelog.contains("bird: BREAKING changes"), changelog);
        assertTrue(changelog.contains("operationId `getProfile` became `getMe`"), changelog);

        branch.edit("version: v1", "version: v2");
        assertEquals(0, SpecTool.run(List.of("breaking"), specs), "the major bump of info.version accepts it");
    }
}
