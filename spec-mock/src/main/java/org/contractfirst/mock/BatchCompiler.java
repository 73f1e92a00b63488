package org.contractfirst.mock;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compiles the generated sources of many specs in one javac run, which costs far less than one run per spec, and
 * tells the specs whose code does not compile apart: their sources are dropped and the rest compiled again.
 *
 * @param <K> what names each folder of sources (a spec)
 */
public final class BatchCompiler<K> {

    private static final int MESSAGE_LENGTH = 400;

    private final String classpath;

    public BatchCompiler(String classpath) {
        this.classpath = classpath;
    }

    /**
     * Compiles the {@code .java} files under each source folder into {@code classes}, and returns the specs whose
     * sources did not compile, each with its first error.
     */
    public Map<K, String> compile(Map<K, Path> sources, Path classes) {
        Map<K, String> failures = new LinkedHashMap<>();
        Map<K, Path> remaining = new LinkedHashMap<>(sources);
        while (!remaining.isEmpty()) {
            Map<K, String> found = compileOnce(remaining, classes);
            if (found.isEmpty()) {
                break;
            }
            found.forEach((spec, error) -> {
                failures.put(spec, error);
                remaining.remove(spec);
            });
        }
        return failures;
    }

    private Map<K, String> compileOnce(Map<K, Path> sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Files.createDirectories(classes);
            List<Path> javaFiles = new ArrayList<>();
            for (Path folder : sources.values()) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(file -> file.toString().endsWith(".java")).forEach(javaFiles::add);
                }
            }
            List<String> options = List.of("--release", "17", "-parameters", "-proc:none", "-nowarn", "-Xlint:none",
                    "-encoding", "UTF-8", "-classpath", classpath, "-d", classes.toString(), "-Xmaxerrs", "100000");
            boolean compiled = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            Map<K, String> failures = new LinkedHashMap<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() != Diagnostic.Kind.ERROR || diagnostic.getSource() == null) {
                    continue;
                }
                Path file = Path.of(diagnostic.getSource().toUri());
                sources.forEach((spec, folder) -> {
                    if (file.startsWith(folder)) {
                        failures.putIfAbsent(spec, describe(folder, file, diagnostic));
                    }
                });
            }
            if (!compiled && failures.isEmpty()) {
                throw new IllegalStateException("javac failed with no error in a source: " + diagnostics.getDiagnostics());
            }
            return failures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Path folder, Path file, Diagnostic<? extends JavaFileObject> diagnostic) {
        String message = folder.relativize(file) + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(null);
        message = message.replace('\n', ' ');
        return message.length() > MESSAGE_LENGTH ? message.substring(0, MESSAGE_LENGTH) + "..." : message;
    }
}
