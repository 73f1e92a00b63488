package org.contractfirst.codegen;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The APIs a build generates: one named spec file, else every spec of a folder; a class prefix names one spec's. */
final class SpecFiles {

    /** The extensions of spec files. */
    static final List<String> EXTENSIONS = List.of("yaml", "yml", "json");
    static final String PATTERN = ".*\\.(" + String.join("|", EXTENSIONS) + ")$";

    private SpecFiles() {
    }

    /**
     * @param spec        one spec file, or null for the folder's
     * @param folder      the folder of specs, read when {@code spec} is null
     * @param classPrefix the class prefix of the one spec, or null for each spec's own
     * @throws IllegalArgumentException where the file or folder is missing, or a prefix would name several APIs
     */
    static List<Api> apis(File spec, File folder, String classPrefix) {
        List<Api> apis;
        if (spec != null) {
            if (!spec.isFile()) {
                throw new IllegalArgumentException("the spec " + spec + " does not exist");
            }
            apis = List.of(Api.of(spec.toPath()));
        } else if (!folder.isDirectory()) {
            throw new IllegalArgumentException("no specs folder " + folder + ": put the specs there, or name one <spec>");
        } else {
            try (Stream<Path> listing = Files.list(folder.toPath())) {
                apis = listing.filter(file -> file.toString().matches(PATTERN)).sorted().map(Api::of).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the specs in " + folder, e);
            }
        }
        if (classPrefix == null) {
            return apis;
        }
        if (apis.size() != 1) {
            throw new IllegalArgumentException("a classPrefix names the classes of one spec, and " + folder + " holds "
                    + apis.size());
        }
        return List.of(apis.get(0).withClassPrefix(classPrefix));
    }
}
