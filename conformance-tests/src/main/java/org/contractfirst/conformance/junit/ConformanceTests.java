package org.contractfirst.conformance.junit;

import org.contractfirst.conformance.Checks;
import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.checks.SpecFinding;
import org.contractfirst.conformance.report.Coverage;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.Credentials;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
import org.contractfirst.conformance.spec.ApiSpec;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The conformance suite as JUnit 5 tests in a team's own test sources: one test per check and operation that runs,
 * failed by its failures (and, when strict, its HTTP findings), skipped with its reason where it cannot run; a check
 * that does not apply to an operation is no test.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> conformance() {
 *     return ConformanceTests.of("specs/orders.yaml", server.baseUri()).credential(TOKEN).tests();
 * }
 * }</pre>
 */
public final class ConformanceTests {

    private final ApiSpec spec;
    private final URI url;
    private final List<String> credentials;
    private final RunOptions options;
    private final boolean stateless;
    private final Path report;

    private ConformanceTests(ApiSpec spec, URI url, List<String> credentials, RunOptions options, boolean stateless,
                             Path report) {
        this.spec = spec;
        this.url = url;
        this.credentials = credentials;
        this.options = options;
        this.stateless = stateless;
        this.report = report;
    }

    /** The suite of the spec at {@code location} (a class-path resource, a file or a URL) against the server at {@code url}. */
    public static ConformanceTests of(String location, URI url) {
        return new ConformanceTests(Specs.read(location), URI.create(url.toString().replaceAll("/+$", "")), List.of(),
                RunOptions.defaults(System.currentTimeMillis()), false, null);
    }

    /** A credential as {@code --credential} takes it: for every scheme, {@code SCHEME=VALUE}, {@code SCHEME:SCOPE=VALUE}. */
    public ConformanceTests credential(String credential) {
        List<String> more = new ArrayList<>(credentials);
        more.add(credential);
        return new ConformanceTests(spec, url, List.copyOf(more), options, stateless, report);
    }

    public ConformanceTests seed(long seed) {
        return new ConformanceTests(spec, url, credentials, options.withSeed(seed), stateless, report);
    }

    /** HTTP findings fail their tests, and the spec's findings fail a test of their own. */
    public ConformanceTests strict() {
        return new ConformanceTests(spec, url, credentials, options.strict(true), stateless, report);
    }

    /** The server keeps no state (a mock): writes are not read back. */
    public ConformanceTests stateless() {
        return new ConformanceTests(spec, url, credentials, options, true, report);
    }

    /**
     * Writes the Markdown, HTML and JSON reports into {@code folder} once the last test has run, what an earlier run
     * wrote there removed before the first.
     */
    public ConformanceTests reportTo(Path folder) {
        return new ConformanceTests(spec, url, credentials, options.withBodies(Report.bodies(folder)), stateless, folder);
    }

    /** One container of the API's tests, named with the run's seed: each step of the run, then its spec findings. */
    public Stream<DynamicNode> tests() {
        Target target = new Target(spec, url, Credentials.parse(credentials), Map.of(), false, stateless);
        Recorder recorder = new Recorder(target, Checks.responseChecks(), options);
        return Stream.of(DynamicContainer.dynamicContainer(spec.name() + " (seed " + options.seed() + ")",
                tests(recorder, report)));
    }

    /**
     * The tests of the run {@code recorder} records, in the order of its plan; where a report folder is named, what an
     * earlier run wrote there is removed now, and the last test writes the report.
     */
    public static List<DynamicNode> tests(Recorder recorder, Path report) {
        Target target = recorder.context().target();
        RunOptions options = recorder.context().options();
        if (report != null) {
            clear(report);
        }
        List<DynamicNode> tests = new ArrayList<>(Conformance.plan(target, Checks.scenarioChecks(), options).stream()
                .map(step -> (DynamicNode) DynamicTest.dynamicTest(step.toString(), () -> {
                    Conformance.Outcome outcome = Conformance.run(recorder, step);
                    Assumptions.assumeTrue(outcome.skipped() == null, outcome.skipped());
                    List<String> problems = new ArrayList<>();
                    outcome.failures().stream().filter(failure -> failure.failsByDefault() || options.strict())
                            .forEach(failure -> problems.add(failure.toString()));
                    outcome.errors().forEach(error -> problems.add(error.toString()));
                    if (!problems.isEmpty()) {
                        Assertions.fail(String.join("\n\n", problems));
                    }
                })).toList());
        tests.add(DynamicTest.dynamicTest("spec findings of " + target.spec().name(), () -> {
            if (report != null) {
                write(recorder, options, report);
            }
            if (options.strict() && !recorder.findings().isEmpty()) {
                Assertions.fail(recorder.findings().stream().map(SpecFinding::toString).collect(Collectors.joining("\n")));
            }
        }));
        return tests;
    }

    private static void clear(Path folder) {
        try {
            Report.clear(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the report folder " + folder, e);
        }
    }

    private static void write(Recorder recorder, RunOptions options, Path folder) {
        try {
            new Report(List.of(Coverage.of(recorder)), options.seed()).write(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + folder, e);
        }
    }
}
