package org.contractfirst.corpus;

import org.contractfirst.codegen.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One spec of the corpus: {@code <area>/<name>.yaml}, generated as the API {@code <name>}. */
record CorpusSpec(String area, Path file, Api api) {

    static List<CorpusSpec> all(Path corpus) {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted()
                    .map(file -> new CorpusSpec(file.getParent().getFileName().toString(), file, Api.of(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
    }

    String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public String toString() {
        return area + "/" + fileName();
    }
}
