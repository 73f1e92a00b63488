package org.contractfirst.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Adding an API takes two steps: its spec in {@code specs/} and its reference implementation. In a copy of this
 * build with the README's Notes example added that way, and nothing else changed, code generation, the launcher and
 * the embedded conformance run all pick it up.
 */
class AddingAnApiTest {

    private static final Set<String> NOT_COPIED = Set.of("target", ".git", ".idea", ".scratch");
    private static final Duration BUILD_LIMIT = Duration.ofMinutes(20);
    private static final Duration LAUNCH_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path copy;

    @Test
    void aSpecAndAnImplementationAreAllANewApiTakes() throws Exception {
        copyBuild(Path.of(System.getProperty("build.root")), copy);
        Files.copy(example("notes.yaml"), copy.resolve("specs/notes.yaml"));
        Path implementation = copy.resolve("reference-servers/src/main/java/org/contractfirst/reference/notes/NotesReference.java");
        Files.createDirectories(implementation.getParent());
        Files.copy(example("NotesReference.java"), implementation);

        String build = mvn("-pl", "conformance-tests", "-am", "verify", "-Dtest=ConformanceTest,ReferenceServersTest",
                "-Dsurefire.failIfNoSpecifiedTests=false");

        assertTrue(build.contains("notes: generating jaxrs-spec code from notes.yaml"), build);
        assertTrue(build.contains("notes: generating java code from notes.yaml"), build);
        String report = Files.readString(copy.resolve("conformance-tests/target/conformance-report.md"));
        assertTrue(report.contains("## notes"), report);
        assertTrue(build.lines().anyMatch(line -> line.matches("notes\\s+\\d+\\s+\\d+\\s+0\\s+.*")), build);
        assertEquals("{\"text\":\"Buy milk\"}", readFromTheLauncher("/notes/n1"));
    }

    /** Starts the copy's launcher jar, every API on a free port, and reads {@code path} of the Notes API from it. */
    private String readFromTheLauncher(String path) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        try (Stream<Path> specs = Files.list(copy.resolve("specs"))) {
            specs.map(spec -> spec.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .forEach(name -> command.add("-D" + name.substring(0, name.length() - 5) + ".port=0"));
        }
        command.addAll(List.of("-jar", copy.resolve("reference-servers/target/reference-servers.jar").toString()));
        Path log = copy.resolve("launcher.log");
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Optional<URI> notes = baseUrlPrinted(log, "notes");
            if (notes.isEmpty()) {
                fail("the launcher printed no base URL for notes:\n" + Files.readString(log));
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(notes.get() + path))
                    .header("Authorization", "Bearer notes-demo-token").timeout(LAUNCH_LIMIT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                stop(launcher);
                fail(response.statusCode() + " " + response.body() + "\nthe launcher said:\n" + Files.readString(log));
            }
            return response.body();
        } finally {
            stop(launcher);
        }
    }

    private static void stop(Process launcher) throws InterruptedException {
        launcher.destroy();
        if (!launcher.waitFor(10, TimeUnit.SECONDS)) {
            launcher.destroyForcibly();
        }
    }

    /** The base URL on the launcher's line for {@code api}, read once it says it is running. */
    private static Optional<URI> baseUrlPrinted(Path log, String api) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LAUNCH_LIMIT.toNanos();
        while (!Files.readString(log).contains("Running") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return Files.readAllLines(log).stream().map(line -> line.trim().split("\\s+"))
                .filter(words -> words.length > 1 && words[0].equals(api)).map(words -> URI.create(words[1])).findFirst();
    }

    /**
     * Runs Maven in the copy with this build's Maven and local repository; fails unless it succeeds. Not offline: on
     * a fresh machine the copy needs what the modules after this one have not downloaded yet.
     */
    private String mvn(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-Dmaven.repo.local=" + System.getProperty("maven.repo.local")));
        command.addAll(List.of(arguments));
        Path log = copy.resolve("build.log");
        Process build = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!build.waitFor(BUILD_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
            build.destroyForcibly();
            throw new AssertionError("the build of the copy took longer than " + BUILD_LIMIT);
        }
        String output = Files.readString(log);
        assertEquals(0, build.exitValue(), () -> output.substring(Math.max(0, output.length() - 20_000)));
        return output;
    }

    private static Path example(String name) throws Exception {
        return Path.of(AddingAnApiTest.class.getResource("/adding-an-api/" + name).toURI());
    }

    /** The build's sources, without its outputs, the git folder and editor files. */
    private static void copyBuild(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                if (!directory.equals(from) && NOT_COPIED.contains(directory.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
