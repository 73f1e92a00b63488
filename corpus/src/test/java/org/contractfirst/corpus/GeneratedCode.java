package org.contractfirst.corpus;

import org.contractfirst.codegen.Generation;
import org.contractfirst.mock.BatchCompiler;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The code of one side (server or client) generated for every corpus spec with the templates the build uses, and
 * compiled together: the specs it failed for, at which stage and why, and a class loader for the rest. The spec
 * itself is on that class path too, at {@code specs/<file>}, where a generated server reads it.
 */
final class GeneratedCode {

    private final Map<CorpusSpec, Outcome> failures = new LinkedHashMap<>();
    private final Generation generation;
    private final Path classes;
    private final ClassLoader loader;

    private GeneratedCode(Generation generation, Path classes) throws MalformedURLException {
        this.generation = generation;
        this.classes = classes;
        this.loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedCode.class.getClassLoader());
    }

    static GeneratedCode build(List<CorpusSpec> specs, Path templates, Path work, Stage generating, Stage compiling,
                               String classpath) {
        Generation generation = Generation.of(templates);
        Generation.deleteTree(work);
        Map<CorpusSpec, Path> sources = new LinkedHashMap<>();
        Map<CorpusSpec, Outcome> failures = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            Map<CorpusSpec, Future<?>> running = new LinkedHashMap<>();
            for (CorpusSpec spec : specs) {
                Path folder = work.resolve(spec.api().name());
                running.put(spec, pool.submit(() -> generation.generate(spec.api(), folder)));
                sources.put(spec, folder.resolve(Generation.SOURCE_FOLDER));
            }
            running.forEach((spec, generated) -> {
                try {
                    generated.get();
                } catch (ExecutionException e) {
                    failures.put(spec, Outcome.failed(spec, generating, stack(e.getCause())));
                    sources.remove(spec);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            pool.shutdownNow();
        }
        Path classes = work.resolve("classes");
        new BatchCompiler<CorpusSpec>(classpath).compile(sources, classes).forEach((spec, error) ->
                failures.put(spec, Outcome.failed(spec, compiling, error)));
        try {
            Files.createDirectories(classes.resolve("specs"));
            for (CorpusSpec spec : specs) {
                Files.copy(spec.file(), classes.resolve("specs").resolve(spec.fileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            GeneratedCode code = new GeneratedCode(generation, classes);
            code.failures.putAll(failures);
            return code;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why {@code spec}'s code cannot be used, if it cannot. */
    Optional<Outcome> failure(CorpusSpec spec) {
        return Optional.ofNullable(failures.get(spec));
    }

    /** The class {@code simpleName} of the spec's main package, {@code <packagePrefix>.<api>}. */
    Class<?> type(CorpusSpec spec, String simpleName) throws ClassNotFoundException {
        return Class.forName(generation.javaPackage(spec.api()) + "." + simpleName, true, loader);
    }

    /** The classes of the spec's {@code .api} package. */
    List<Class<?>> apiTypes(CorpusSpec spec) throws ClassNotFoundException {
        String javaPackage = generation.javaPackage(spec.api()) + ".api";
        List<Class<?>> types = new ArrayList<>();
        try (var files = Files.list(classes.resolve(javaPackage.replace('.', '/')))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    types.add(Class.forName(javaPackage + "." + name.substring(0, name.length() - 6), true, loader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    static String stack(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
