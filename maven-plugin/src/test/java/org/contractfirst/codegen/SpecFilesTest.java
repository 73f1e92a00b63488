package org.contractfirst.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which specs a build generates: the folder's, or one named file, and a class prefix for one spec only. */
class SpecFilesTest {

    @TempDir
    Path folder;

    @Test
    void theFoldersSpecsAreTheApisInTheirOrderAndNothingElse() throws IOException {
        Files.writeString(folder.resolve("orders.yaml"), "openapi: 3.0.3");
        Files.writeString(folder.resolve("billing.json"), "{}");
        Files.writeString(folder.resolve("README.md"), "not a spec");

        assertEquals(List.of("billing", "orders"), SpecFiles.apis(null, folder.toFile(), null).stream().map(Api::name).toList());
    }

    @Test
    void oneNamedSpecIsTheOnlyApiAndTakesAClassPrefix() throws IOException {
        Path spec = Files.writeString(Files.createDirectories(folder.resolve("elsewhere")).resolve("orders-v2.yaml"), "x");
        Files.writeString(folder.resolve("other.yaml"), "openapi: 3.0.3");

        List<Api> apis = SpecFiles.apis(spec.toFile(), folder.toFile(), "Shop");

        assertEquals(1, apis.size());
        assertEquals("orders-v2", apis.get(0).name());
        assertEquals("Shop", apis.get(0).classPrefix());
    }

    @Test
    void aPrefixForSeveralSpecsAMissingFolderAndAMissingFileAreRefusedByName() throws IOException {
        Files.writeString(folder.resolve("a.yaml"), "x");
        Files.writeString(folder.resolve("b.yaml"), "x");

        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpecFiles.apis(null, folder.toFile(), "Shop"))
                .getMessage().contains("holds 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpecFiles.apis(null,
                folder.resolve("src/main/openapi").toFile(), null)).getMessage().contains("src/main/openapi"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SpecFiles.apis(folder.resolve("no.yaml").toFile(),
                folder.toFile(), null)).getMessage().contains("no.yaml"));
    }
}
