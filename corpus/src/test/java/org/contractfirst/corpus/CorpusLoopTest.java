package org.contractfirst.corpus;

import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.mock.MockOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole toolchain on every spec of the feature corpus: the server generated with the build's templates compiles
 * and its generated mock starts; the conformance suite finds no server failure in it; the generated client compiles
 * and calls every operation of the mock without an exception. The specs that cannot pass yet are listed in
 * KNOWN-FAILURES.md with the stage they fail at; each must fail exactly there, every other spec must pass. What every
 * spec did is written to {@code target/corpus/report.md}.
 */
class CorpusLoopTest {

    private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "features"));
    private static final Path WORK = Path.of(System.getProperty("corpus.work.dir", "target/corpus"));
    private static final Path TEMPLATES = Path.of(System.getProperty("templates.dir", "../templates"));

    private static final Map<String, Outcome> OUTCOMES = new ConcurrentSkipListMap<>();
    private static List<CorpusSpec> specs;
    private static KnownFailures known;
    private static GeneratedCode servers;
    private static GeneratedCode clients;

    @BeforeAll
    static void generateAndCompile() throws IOException {
        specs = CorpusSpec.all(CORPUS);
        known = KnownFailures.read(Path.of(System.getProperty("corpus.known.failures", "KNOWN-FAILURES.md")));
        String classpath = System.getProperty("java.class.path");
        servers = GeneratedCode.build(specs, TEMPLATES.resolve("server"), WORK.resolve("server"),
                Stage.GENERATE_SERVER, Stage.COMPILE_SERVER, classpath);
        clients = GeneratedCode.build(specs, TEMPLATES.resolve("client"), WORK.resolve("client"),
                Stage.GENERATE_CLIENT, Stage.COMPILE_CLIENT, classpath);
    }

    @Test
    void theCorpusSpansTheFeatureAreasOfOpenApi() {
        Set<String> areas = specs.stream().map(CorpusSpec::area).collect(Collectors.toSet());
        assertTrue(specs.size() >= 120, specs.size() + " specs");
        assertTrue(areas.size() >= 18, areas.size() + " areas: " + areas);
        assertEquals(specs.size(), specs.stream().map(spec -> spec.api().name()).distinct().count(),
                "file names are unique across the corpus, as the generated packages are named after them");
    }

    @Test
    void everyKnownFailureIsACorpusSpec() {
        Set<String> names = specs.stream().map(CorpusSpec::toString).collect(Collectors.toSet());
        known.entries().keySet().forEach(listed -> assertTrue(names.contains(listed), listed + " is not in the corpus"));
    }

    @TestFactory
    Stream<DynamicTest> everySpecPassesTheLoopOrFailsWhereListed() {
        return specs.stream().map(spec -> DynamicTest.dynamicTest(spec.toString(), () -> {
            Outcome outcome = run(spec);
            OUTCOMES.put(spec.toString(), outcome);
            Optional<KnownFailures.Entry> listed = known.of(spec);
            if (listed.isPresent()) {
                assertEquals(Optional.of(listed.get().stage()), outcome.failedAt(), spec
                        + " is listed in KNOWN-FAILURES.md as failing at " + listed.get().stage().label()
                        + (outcome.passed() ? ", and passes now: take it off the list" : ", and fails elsewhere: "
                        + outcome.detail()));
            } else if (!outcome.passed()) {
                fail(spec + ": " + outcome.failedAt().get().meaning() + " failed\n" + outcome.detail());
            }
        }));
    }

    private static Outcome run(CorpusSpec spec) {
        Optional<Outcome> server = servers.failure(spec);
        if (server.isPresent()) {
            return server.get();
        }
        ApiSpec api = ApiSpec.read(spec.api().name(), spec.file().toString());
        ApiServer mock;
        try {
            mock = MockRun.start(servers, spec, MockOptions.STATEFUL);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Outcome.failed(spec, Stage.START_MOCK, GeneratedCode.stack(e));
        }
        try (mock) {
            Optional<String> report = MockRun.conformance(api, mock);
            if (report.isPresent()) {
                return Outcome.failed(spec, Stage.CONFORMANCE, report.get());
            }
        } catch (RuntimeException | LinkageError e) {
            return Outcome.failed(spec, Stage.CONFORMANCE, GeneratedCode.stack(e));
        }
        Optional<Outcome> client = clients.failure(spec);
        if (client.isPresent()) {
            return client.get();
        }
        // The client calls each operation once with the spec's examples, ids nobody created among them: a stateless
        // mock answers each as documented.
        try (ApiServer stateless = MockRun.start(servers, spec, MockOptions.STATELESS)) {
            List<String> thrown = new ClientCalls(clients, spec, WORK.resolve("files")).callEveryOperation(api, stateless.baseUri());
            return thrown.isEmpty() ? Outcome.passed(spec) : Outcome.failed(spec, Stage.CLIENT_CALLS, String.join("\n", thrown));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Outcome.failed(spec, Stage.CLIENT_CALLS, GeneratedCode.stack(e));
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        StringBuilder report = new StringBuilder("# Corpus loop\n\n")
                .append(OUTCOMES.values().stream().filter(Outcome::passed).count()).append(" of ")
                .append(OUTCOMES.size()).append(" specs pass every stage, the suite run with seed ").append(MockRun.SEED)
                .append(" (another with -Dcorpus.seed=N).\n\n| spec | first failed stage | detail |\n|---|---|---|\n");
        OUTCOMES.forEach((name, outcome) -> report.append("| `").append(name).append("` | ")
                .append(outcome.failedAt().map(Stage::label).orElse("-")).append(" | ")
                .append(outcome.detail().lines().findFirst().orElse("").replace("|", "\\|")).append(" |\n"));
        Files.createDirectories(WORK);
        Files.writeString(WORK.resolve("report.md"), report);
    }
}
