package org.contractfirst.conformance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The conformance suite: every check against every operation of each target, one JUnit test per check and
 * operation. Targets come from {@code -Dconformance.<api>.url=...}; without any, the reference servers are started
 * in-process.
 */
class ConformanceTest {

    private static EmbeddedTargets embedded;
    private static List<Target> targets;
    private static final List<Session> SESSIONS = new ArrayList<>();
    private static long seed;

    @BeforeAll
    static void chooseTargets() {
        seed = Targets.seed(System.getProperties());
        System.out.println("conformance seed: " + seed + " (set it with -Dconformance.seed=" + seed + ")");
        targets = Targets.fromProperties(System.getProperties());
        if (targets.isEmpty()) {
            embedded = new EmbeddedTargets();
            targets = embedded.targets();
        }
    }

    @TestFactory
    Stream<DynamicContainer> everyCheckOnEveryOperation() {
        return targets.stream().map(target -> {
            Session session = new Session(target, Checks.responseChecks(), seed);
            SESSIONS.add(session);
            return DynamicContainer.dynamicContainer(target.spec().name(),
                    Conformance.plan(target, Checks.scenarioChecks()).stream().map(step ->
                            DynamicTest.dynamicTest(step.toString(), () -> {
                                List<Failure> failures = Conformance.run(session, step);
                                if (!failures.isEmpty()) {
                                    fail(failures.stream().map(Failure::toString).collect(Collectors.joining("\n\n")));
                                }
                            })));
        });
    }

    @AfterAll
    static void report() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
        Report report = new Report(SESSIONS.stream().map(Coverage::of).toList(), seed);
        Path directory = Path.of(System.getProperty("conformance.report.dir", "target"));
        report.write(directory);
        System.out.println("\n" + report.summary() + "report: " + directory.resolve("conformance-report.md").toAbsolutePath());
    }
}
