package org.contractfirst.conformance.real;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The petstore's war, built with Maven in a writable copy of its shared source (the source itself is read-only in
 * CI). The copy keeps the fingerprint of the source it was built from: a second run, such as CI's second build on
 * another JDK, reuses the war instead of building it again, and a changed source is copied and built afresh.
 */
final class PetstoreBuild {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(10);
    private static final String STAMP = ".source-sha256";

    private final Path source;
    private final Path copy;
    private final Path log;

    PetstoreBuild(Path source, Path work) {
        this.source = source;
        this.copy = work.resolve("petstore");
        this.log = work.resolve("petstore-build.log");
    }

    /** The folder the build runs in: the war is under its {@code target/}. */
    Path copy() {
        return copy;
    }

    /** The war, built now unless the copy already holds one built from this very source. */
    Path war() {
        String fingerprint = Folders.sha256(source);
        Path stamp = copy.resolve(STAMP);
        Optional<Path> built = findWar();
        if (built.isPresent() && fingerprint.equals(read(stamp))) {
            System.out.println("petstore: reusing " + built.get() + ", built from this very source");
            return built.get();
        }
        System.out.println("petstore: building " + source + " in " + copy + " with " + String.join(" ", command())
                + " (log: " + log + ")");
        Folders.delete(copy);
        Folders.copyWritable(source, copy);
        build();
        Path war = findWar().orElseThrow(() ->
                new IllegalStateException("the petstore build made no war\n" + Processes.tail(log)));
        // Written last, so that a build cut short is never mistaken for a finished one.
        write(stamp, fingerprint);
        return war;
    }

    private void build() {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command()).directory(copy.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // Built by the JDK the outer build chose, which runs the tests, not by whatever JAVA_HOME or PATH finds.
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process maven = builder.start();
            if (!maven.waitFor(TIME_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
                Processes.destroyTree(maven);
                throw new IllegalStateException("the petstore build took longer than " + TIME_LIMIT.toMinutes()
                        + " minutes\n" + Processes.tail(log));
            }
            if (maven.exitValue() != 0) {
                throw new IllegalStateException("the petstore build failed with status " + maven.exitValue() + "\n"
                        + Processes.tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the petstore", e);
        }
    }

    /**
     * The outer build's Maven and local repository (passed by Surefire), so that the petstore's dependencies come
     * from where the project's did; {@code mvn} on the PATH where the tests run outside Maven.
     */
    private static List<String> command() {
        String home = System.getProperty("maven.home", "");
        List<String> command = new ArrayList<>(List.of(home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString(),
                "-q", "-B", "-DskipTests"));
        String repository = System.getProperty("maven.repo.local", "");
        if (!repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.add("package");
        return command;
    }

    private Optional<Path> findWar() {
        Path target = copy.resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".war")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
