package org.contractfirst.spec;

import org.contractfirst.spec.breaking.Change;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays the gate over the git history of the specs folder: every commit that changed a spec, against its parent.
 * The commits of spec-history.txt keep the verdict and the rule ids written there with their reasons, so that a rule
 * that starts to cry wolf on a change main has lived with fails here; every other commit (a later one) passes the gate,
 * breaking only with the major-version opt-in.
 */
class SpecHistoryTest {

    private record Expected(String verdict, String rules, String reason) {
    }

    @Test
    void theGateKeepsItsVerdictsOnTheHistoryOfTheSpecs() throws Exception {
        Map<String, Expected> expected = expected();
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        Path specs = Specs.dir();
        for (String commit : git(specs, "log", "--format=%H", "--", ".").orElseThrow().split("\n")) {
            Optional<String> parent = git(specs, "rev-parse", "--verify", "--quiet", commit + "^");
            if (parent.isEmpty()) {
                continue;
            }
            String files = git(specs, "diff-tree", "--relative", "--no-commit-id", "--name-only", "-r", commit)
                    .orElseThrow();
            for (String file : files.split("\n")) {
                Optional<String> before = git(specs, "show", commit + "^:./" + file);
                if (!file.endsWith(".yaml") || file.contains("/") || before.isEmpty()) {
                    continue;
                }
                String after = git(specs, "show", commit + ":./" + file).orElseThrow();
                BreakingChanges.Verdict verdict = BreakingChanges.compare(file, file, before.get(), after);
                String rules = verdict.changes().stream().map(Change::rule).collect(Collectors.toCollection(TreeSet::new))
                        .stream().collect(Collectors.joining(","));
                String key = commit.substring(0, 7) + " " + file;
                seen.put(key, (verdict.breaking() ? "breaking " : "compatible ") + (rules.isEmpty() ? "-" : rules));
                Expected written = expected.get(key);
                if (written != null && !seen.get(key).equals(written.verdict() + " " + written.rules())) {
                    failures.add(key + ": " + seen.get(key) + ", written " + written + "\n" + verdict.changes());
                } else if (written == null && !verdict.passes()) {
                    failures.add(key + ": breaking without the major-version opt-in\n" + verdict.changes());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(seen.keySet().containsAll(expected.keySet()),
                "commits of spec-history.txt the replay did not reach (is the clone shallow?): " + expected.keySet());
    }

    private static Map<String, Expected> expected() throws IOException {
        Map<String, Expected> expected = new LinkedHashMap<>();
        try (InputStream in = SpecHistoryTest.class.getResourceAsStream("/spec-history.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" ", 5);
                expected.put(fields[0] + " " + fields[1], new Expected(fields[2], fields[3], fields[4]));
            }
        }
        return expected;
    }

    private static Optional<String> git(Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return process.waitFor() == 0 ? Optional.of(output) : Optional.empty();
    }
}
