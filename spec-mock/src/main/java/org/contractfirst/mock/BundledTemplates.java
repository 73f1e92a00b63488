package org.contractfirst.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The server templates this module carries ({@code templates/server} on its class path), copied into a folder, where
 * the generator reads templates: from the jar they ride in, or from the build's classes folder.
 */
final class BundledTemplates {

    private static final String FOLDER = "templates/server";

    private BundledTemplates() {
    }

    /** Copies the templates into {@code target} and returns it. */
    static Path copyTo(Path target) {
        URL root = BundledTemplates.class.getClassLoader().getResource(FOLDER);
        if (root == null) {
            throw new IllegalStateException("no " + FOLDER + " on the class path");
        }
        try {
            URI uri = root.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copy(jar.getPath(FOLDER), target);
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

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copied = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copied);
                } else {
                    Files.copy(file, copied);
                }
            }
        }
    }
}
