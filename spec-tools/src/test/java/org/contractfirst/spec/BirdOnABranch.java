package org.contractfirst.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A throwaway git repository as a pull request sees it: Bird's spec published on {@code main}, and a branch that
 * renames its profile read ({@code getProfile} to {@code getMe}), a breaking change.
 */
record BirdOnABranch(Path repository, Path specs, Path bird) {

    static BirdOnABranch renamingTheProfileRead(Path repository) throws IOException, InterruptedException {
        Path specs = Files.createDirectories(repository.resolve("specs"));
        Path bird = specs.resolve("bird.yaml");
        Files.copy(Specs.dir().resolve("bird.yaml"), bird);
        BirdOnABranch branch = new BirdOnABranch(repository, specs, bird);
        branch.git("init", "-q", "-b", "main");
        branch.git("add", ".");
        branch.git("commit", "-q", "-m", "Bird as published");
        branch.git("checkout", "-q", "-b", "rename-profile");
        branch.edit("operationId: getProfile", "operationId: getMe");
        branch.git("commit", "-q", "-am", "Rename the profile read");
        return branch;
    }

    /** Replaces the first {@code from} in Bird's spec, which must hold it. */
    void edit(String from, String to) throws IOException {
        String text = Files.readString(bird);
        assertTrue(text.contains(from), from);
        Files.writeString(bird, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString(),
                "-c", "user.name=Spec Tools", "-c", "user.email=spec-tools@example.com"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }
}
