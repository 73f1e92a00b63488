package org.contractfirst.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plugin carries each side's templates and settings; a team's folder replaces or adds files one by one. */
class BundledTemplatesTest {

    @TempDir
    Path folder;

    @Test
    void eachSideCarriesItsGeneratorSettingsAndTemplates() {
        Path server = BundledTemplates.copyTo(BundledTemplates.Side.SERVER, folder.resolve("server"));
        Path client = BundledTemplates.copyTo(BundledTemplates.Side.CLIENT, folder.resolve("client"));

        assertEquals("jaxrs-spec", GeneratorSettings.read(server).generatorName());
        assertEquals("java", GeneratorSettings.read(client).generatorName());
        assertTrue(Files.isRegularFile(server.resolve("api.mustache")));
        assertTrue(Files.isRegularFile(client.resolve("api.mustache")));
    }

    @Test
    void aTeamsFolderReplacesTheFileOfTheSameNameAndAddsItsOthers() throws IOException {
        Path templates = BundledTemplates.copyTo(BundledTemplates.Side.SERVER, folder.resolve("templates"));
        String model = Files.readString(templates.resolve("model.mustache"));
        Path team = Files.createDirectories(folder.resolve("team"));
        Files.writeString(team.resolve("api.mustache"), "team api");
        Files.writeString(team.resolve("extra.mustache"), "team extra");

        BundledTemplates.overlay(team, templates);

        assertEquals("team api", Files.readString(templates.resolve("api.mustache")));
        assertEquals("team extra", Files.readString(templates.resolve("extra.mustache")));
        assertEquals(model, Files.readString(templates.resolve("model.mustache")));
    }

    @Test
    void aMissingFolderOfTheTeamsIsNamed() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> BundledTemplates.overlay(folder.resolve("nowhere"), folder));

        assertTrue(missing.getMessage().contains("nowhere"), missing.getMessage());
    }
}
