package org.contractfirst.corpus;

import org.contractfirst.codegen.Api;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.mock.MockOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The toolchain on a published document rather than one of our own: Circuit's REST API v2 as its vendor ships it
 * (123 operations, a schema named {@code String}). Its server and client generate and compile, its generated mock
 * starts, and the suite runs over every operation of it without a crash or a server failure.
 */
class RealCircuitDocumentTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("circuit.document",
            "../../shared/reference/circuit-rest-v2-2.9.235.openapi.yaml"));
    private static final Path WORK = Path.of(System.getProperty("corpus.work.dir", "target/corpus")).resolve("real");
    private static final Path TEMPLATES = Path.of(System.getProperty("templates.dir", "../templates"));

    private static CorpusSpec spec;
    private static GeneratedCode server;
    private static GeneratedCode client;

    @BeforeAll
    static void generateAndCompile() throws IOException {
        Path copy = WORK.resolve("published").resolve("circuit-document.yaml");
        Files.createDirectories(copy.getParent());
        Files.copy(DOCUMENT, copy, StandardCopyOption.REPLACE_EXISTING);
        spec = new CorpusSpec("published", copy, Api.of(copy));
        String classpath = System.getProperty("java.class.path");
        server = GeneratedCode.build(List.of(spec), TEMPLATES.resolve("server"), WORK.resolve("server"),
                Stage.GENERATE_SERVER, Stage.COMPILE_SERVER, classpath);
        client = GeneratedCode.build(List.of(spec), TEMPLATES.resolve("client"), WORK.resolve("client"),
                Stage.GENERATE_CLIENT, Stage.COMPILE_CLIENT, classpath);
    }

    @Test
    void theServerAndTheClientGenerateAndCompile() {
        assertEquals(Optional.empty(), server.failure(spec).map(Outcome::detail));
        assertEquals(Optional.empty(), client.failure(spec).map(Outcome::detail));
    }

    @Test
    void theSuiteRunsOverEveryOperationOfItsMockWithoutAFalseAlarm() throws ReflectiveOperationException {
        ApiSpec api = ApiSpec.read(spec.api().name(), spec.file().toString());
        assertEquals(123, api.operations().size());
        assertTrue(server.failure(spec).isEmpty(), "the server did not compile");
        try (ApiServer mock = MockRun.start(server, spec, MockOptions.STATEFUL)) {
            assertEquals(Optional.empty(), MockRun.conformance(api, mock));
        }
    }
}
