package org.contractfirst.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code breaking OLD NEW} judges any two spec files: exit 0 when compatible, 1 on a break, 2 on a usage error. */
class BreakingCommandTest {

    private static final String ITEM = "/components/schemas/Item";

    @Test
    void aBreakingEditFailsAndIsWrittenAsMarkdownAndJson(@TempDir Path folder) throws Exception {
        Path before = write(folder, "old.yaml", Fixture.valid());
        Path after = write(folder, "items.yaml", Fixture.valid().set(ITEM + "/properties/id", "type: string\nminLength: 2"));
        Path report = folder.resolve("out/changes.md");
        Path json = folder.resolve("out/changes.json");
        assertEquals(1, SpecTool.run(List.of("breaking", before.toString(), after.toString(), "--report",
                report.toString(), "--json", json.toString()), folder.resolve("no-specs-here")));

        String markdown = Files.readString(report);
        assertTrue(markdown.contains("items: BREAKING changes"), markdown);
        assertTrue(markdown.contains("- `request-min-length-raised` `PUT /items/{id}` request body `application/json`, `id`: "
                + "minLength 2 was added"), markdown);
        JsonNode api = new ObjectMapper().readTree(json.toFile()).get("apis").get(0);
        assertEquals("items", api.get("api").asText());
        assertTrue(api.get("breaking").asBoolean());
        JsonNode change = null;
        for (JsonNode each : api.get("changes")) {
            change = each.get("rule").asText().equals("request-min-length-raised") ? each : change;
        }
        assertNotNull(change, api.toString());
        assertEquals("breaking", change.get("severity").asText());
        assertEquals(after.toString(), change.get("new").get("file").asText());
        assertEquals(ITEM + "/properties/id/minLength", change.get("new").get("pointer").asText());
        assertTrue(change.get("new").get("line").asInt() > 1);
        assertEquals(ITEM + "/properties/id", change.get("old").get("pointer").asText());
    }

    @Test
    void aCompatibleEditPassesAndAMajorBumpAcceptsABreak(@TempDir Path folder) throws Exception {
        Path before = write(folder, "old.yaml", Fixture.valid());
        Path added = write(folder, "added.yaml", Fixture.valid().set(ITEM + "/properties/label", "type: string"));
        assertEquals(0, SpecTool.run(List.of("breaking", before.toString(), added.toString()), folder));
        Path bumped = write(folder, "bumped.yaml", Fixture.valid().remove(ITEM + "/properties/size")
                .set("/info/version", "\"2.0\""));
        assertEquals(0, SpecTool.run(List.of("breaking", before.toString(), bumped.toString()), folder));
    }

    @Test
    void theAcceptedChangesBesideNewAcceptItsBreaksAndTheGitFormTakesNoOtherFile(@TempDir Path folder) throws Exception {
        Path before = write(folder, "old.yaml", Fixture.valid());
        Path after = write(folder, "items.yaml", Fixture.valid().remove(ITEM + "/properties/size"));
        Path report = folder.resolve("changes.md");
        assertEquals(1, SpecTool.run(List.of("breaking", before.toString(), after.toString(), "--report",
                report.toString()), folder));
        List<String> lines = Files.readString(report).lines().filter(line -> line.endsWith(AcceptedChanges.PLACEHOLDER))
                .map(line -> line.replace(AcceptedChanges.PLACEHOLDER, "sizes are gone")).toList();
        assertTrue(lines.size() >= 2, "a line per breaking change: " + lines);
        Files.write(folder.resolve(AcceptedChanges.FILE), lines);
        assertEquals(0, SpecTool.run(List.of("breaking", before.toString(), after.toString()), folder));
        Files.write(folder.resolve("elsewhere.txt"), List.of());
        assertEquals(1, SpecTool.run(List.of("breaking", before.toString(), after.toString(), "--accepted",
                folder.resolve("elsewhere.txt").toString()), folder), "--accepted names the file instead");
        assertEquals(2, SpecTool.run(List.of("breaking", "--accepted", folder.resolve(AcceptedChanges.FILE).toString()),
                folder), "the git form reads the file in the specs folder only");
    }

    @Test
    void oneSpecOrAnUnreadableOneIsAUsageError(@TempDir Path folder) throws Exception {
        Path before = write(folder, "old.yaml", Fixture.valid());
        assertEquals(2, SpecTool.run(List.of("breaking", before.toString(), "a", "b"), folder));
        assertEquals(2, SpecTool.run(List.of("breaking", before.toString(), folder.resolve("missing.yaml").toString()),
                folder));
        Files.writeString(folder.resolve("broken.yaml"), "openapi: [3.0.3\n");
        assertEquals(2, SpecTool.run(List.of("breaking", before.toString(), folder.resolve("broken.yaml").toString()),
                folder));
    }

    private static Path write(Path folder, String name, Fixture spec) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, spec.document().text());
        return file;
    }
}
