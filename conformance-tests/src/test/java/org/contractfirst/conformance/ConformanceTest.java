package org.contractfirst.conformance;

import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.junit.ConformanceTests;

import org.contractfirst.conformance.report.Coverage;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;


/**
 * The conformance suite as a Maven test: every check against every operation of each target, one JUnit test per
 * check and operation (failed by its failures, and in a strict run by its HTTP findings too), and one per spec
 * finding in a strict run. Targets come from {@code -Dconformance.<api>.url=...}
 * for any API of the specs folder; without any, the reference servers are started in-process and checked strictly:
 * this project's own specs leave no rule unjudgeable.
 */
class ConformanceTest {

    private static EmbeddedTargets embedded;
    private static List<Target> targets;
    private static RunOptions options;
    private static final List<Recorder> SESSIONS = new ArrayList<>();

    @BeforeAll
    static void chooseTargets() {
        options = Targets.options(System.getProperties());
        System.out.println("conformance seed: " + options.seed() + " (set it with -Dconformance.seed=" + options.seed() + ")");
        targets = Targets.fromProperties(System.getProperties());
        if (targets.isEmpty()) {
            embedded = new EmbeddedTargets();
            targets = embedded.targets();
            options = options.strict(true);
        }
        options = options.withBodies(reportDirectory().resolve("conformance-bodies"));
    }

    @TestFactory
    Stream<DynamicContainer> everyCheckOnEveryOperation() {
        return targets.stream().map(target -> {
            Recorder session = new Recorder(target, Checks.responseChecks(), options);
            SESSIONS.add(session);
            List<DynamicNode> tests = ConformanceTests.tests(session, null);
            return DynamicContainer.dynamicContainer(target.spec().name(), tests);
        });
    }

    @AfterAll
    static void report() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
        Report report = new Report(SESSIONS.stream().map(Coverage::of).toList(), options.seed());
        Path directory = reportDirectory();
        report.write(directory);
        System.out.println("\n" + report.summary() + "report: " + directory.resolve("conformance-report.md").toAbsolutePath());
    }

    private static Path reportDirectory() {
        return Path.of(System.getProperty("conformance.report.dir", "target"));
    }
}
