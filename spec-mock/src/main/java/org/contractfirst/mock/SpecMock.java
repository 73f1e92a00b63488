package org.contractfirst.mock;

import org.contractfirst.codegen.Api;
import org.contractfirst.codegen.BundledTemplates;
import org.contractfirst.codegen.Generation;
import org.contractfirst.server.runtime.ApiDefinition;
import org.contractfirst.server.runtime.ApiServer;
import org.contractfirst.server.runtime.mock.MockAnswers;
import org.contractfirst.server.runtime.mock.MockOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The mock of one spec file, started: its server generated with the templates the code generation plugin carries, compiled in this
 * process, and served with its generated mock, so that a spec outside any build is bound, validated and answered
 * exactly as a built one is. The work folder holds the generated code until {@link #close}.
 */
public final class SpecMock implements AutoCloseable {

    private final ApiServer server;
    private final Path work;
    private final URLClassLoader loader;

    private SpecMock(ApiServer server, Path work, URLClassLoader loader) {
        this.server = server;
        this.work = work;
        this.loader = loader;
    }

    /**
     * Generates, compiles and starts the mock of {@code spec} on 127.0.0.1.
     *
     * @param port the port to listen on (0: a free one); empty for the port of the spec's local server
     *             ({@code http://127.0.0.1:8080}), else a free one
     * @throws IllegalArgumentException where the spec's server code does not compile
     */
    public static SpecMock start(Path spec, OptionalInt port, MockOptions options) {
        return start(spec, "127.0.0.1", port, options);
    }

    /** The same, bound to the address {@code host} (0.0.0.0 in a container). */
    public static SpecMock start(Path spec, String host, OptionalInt port, MockOptions options) {
        Path work;
        try {
            work = Files.createTempDirectory("spec-mock-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a work folder", e);
        }
        try {
            Api api = Api.of(spec.toAbsolutePath());
            Generation generation = Generation.of(BundledTemplates.copyTo(BundledTemplates.Side.SERVER, work.resolve("templates")));
            Path generated = work.resolve("generated");
            generation.generate(api, generated);
            Path classes = work.resolve("classes");
            Map<Api, String> failures = new BatchCompiler<Api>(System.getProperty("java.class.path"))
                    .compile(Map.of(api, generated.resolve(Generation.SOURCE_FOLDER)), classes);
            if (!failures.isEmpty()) {
                throw new IllegalArgumentException("the server code of " + spec + " does not compile: " + failures.get(api));
            }
            Files.createDirectories(classes.resolve("specs"));
            Files.copy(spec, classes.resolve("specs").resolve(spec.getFileName()));
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SpecMock.class.getClassLoader());
            ApiDefinition definition = (ApiDefinition) loader.loadClass(generation.javaPackage(api) + "."
                    + api.classPrefix() + "Definition").getConstructor().newInstance();
            int chosen = port.orElseGet(() -> definition.spec().localServer().port());
            return new SpecMock(ApiServer.start(definition, MockAnswers.generatedMock(definition, options), host, chosen),
                    work, loader);
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            Generation.deleteTree(work);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot start the mock of " + spec, e);
        }
    }

    public String name() {
        return server.name();
    }

    public URI baseUri() {
        return server.baseUri();
    }

    @Override
    public void close() {
        server.close();
        try {
            loader.close();
        } catch (IOException ignored) {
            // The classes are deleted next: a loader that cannot close holds nothing the work folder needs.
        }
        Generation.deleteTree(work);
    }
}
