package org.contractfirst.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The templates and {@code generator.yaml} this plugin carries for each side ({@code templates/server} and
 * {@code templates/client} on its class path), copied into a folder, where the generator reads templates: from the
 * jar they ride in, or from the build's classes folder. A team's own folder is laid over them file by file.
 */
public final class BundledTemplates {

    /** What is generated: a JAX-RS server or a Java client. */
    public enum Side {
        SERVER, CLIENT;

        String folder() {
            return "templates/" + name().toLowerCase(Locale.ROOT);
        }
    }

    private BundledTemplates() {
    }

    /**
     * Copies the templates of {@code side} into {@code target} and returns it. One copy at a time: the jar's file
     * system is opened once per copy, and a second opening of the same jar while one is open fails.
     */
    public static synchronized Path copyTo(Side side, Path target) {
        URL root = BundledTemplates.class.getClassLoader().getResource(side.folder());
        if (root == null) {
            throw new IllegalStateException("no " + side.folder() + " on the class path");
        }
        try {
            URI uri = root.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.getPath(side.folder()), target);
                }
            } else {
                copy(Path.of(uri), target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the templates to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies every file of {@code overrides} into {@code target}, replacing the file of the same name. */
    public static void overlay(Path overrides, Path target) {
        if (!Files.isDirectory(overrides)) {
            throw new IllegalArgumentException("the template folder " + overrides + " does not exist");
        }
        try {
            copy(overrides, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the templates of " + overrides + " to " + target, e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copied = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copied);
                } else {
                    Files.copy(file, copied, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
