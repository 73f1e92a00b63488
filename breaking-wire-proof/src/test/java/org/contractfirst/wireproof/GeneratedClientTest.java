package org.contractfirst.wireproof;

import org.contractfirst.codegen.Api;
import org.contractfirst.codegen.BundledTemplates;
import org.contractfirst.codegen.Generation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kinds whose change is to the generated code rather than the wire, shown with the generated client: the client
 * of the new spec no longer has what code written against the old one's calls, so that code no longer compiles.
 */
class GeneratedClientTest {

    @TempDir
    Path work;

    @Test
    void aChangedOperationIdRenamesTheClientsMethod() {
        String old = apiSources("operation-id-changed", "old.yaml");
        String now = apiSources("operation-id-changed", "new.yaml");
        assertTrue(old.contains(" getItems("), "the old client has getItems");
        assertFalse(now.contains(" getItems("), "the new client has no getItems: callers of it no longer compile");
        assertTrue(now.contains(" listItems("));
    }

    @Test
    void aRenamedSchemaRenamesTheClientsModel() {
        assertEquals(List.of("Item.java"), models("schema-renamed", "old.yaml"));
        assertEquals(List.of("Product.java"), models("schema-renamed", "new.yaml"));
    }

    private String apiSources(String kind, String version) {
        StringBuilder sources = new StringBuilder();
        for (Path file : files(kind, version, "api")) {
            try {
                sources.append(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources.toString();
    }

    private List<String> models(String kind, String version) {
        return files(kind, version, "model").stream().map(path -> path.getFileName().toString()).sorted().toList();
    }

    /** The generated client's files of one package folder ({@code api}, {@code model}). */
    private List<Path> files(String kind, String version, String folder) {
        try (Stream<Path> files = Files.walk(generate(kind, version))) {
            return files.filter(path -> path.getParent().getFileName().toString().equals(folder)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client generated from a fixture spec, as the Maven plugin's generate-client goal generates it. */
    private Path generate(String kind, String version) {
        Path folder = work.resolve(kind).resolve(version);
        Path spec = WireProofTest.FIXTURES.resolve(kind).resolve(version);
        Generation generation = Generation.of(BundledTemplates.copyTo(BundledTemplates.Side.CLIENT,
                folder.resolve("templates")));
        generation.generate(Api.of(spec), folder.resolve("generated"));
        return folder.resolve("generated").resolve(Generation.SOURCE_FOLDER);
    }
}
