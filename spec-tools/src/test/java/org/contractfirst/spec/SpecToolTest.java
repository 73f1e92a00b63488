package org.contractfirst.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line over a specs folder: the format check fails until the formatter has run; lint writes JUnit XML. */
class SpecToolTest {

    @Test
    void formatCheckFailsUntilTheFormatterFixesTheSpec(@TempDir Path specs) throws Exception {
        Path spec = specs.resolve("items.yaml");
        String canonical = Fixture.validText();
        Files.writeString(spec, canonical.replace("      summary: Get an item\n      operationId: getItem\n",
                "      operationId: getItem\n      summary: Get an item\n"));
        assertEquals(1, SpecTool.run(List.of("format-check"), specs));
        assertEquals(0, SpecTool.run(List.of("format"), specs));
        assertEquals(canonical, Files.readString(spec));
        assertEquals(0, SpecTool.run(List.of("format-check"), specs));
        assertEquals(0, SpecTool.run(List.of("format"), specs));
        assertEquals(canonical, Files.readString(spec), "formatting twice changes nothing");
    }

    @Test
    void lintFailsOnAFindingAndReportsItAsJunitXml(@TempDir Path specs) throws Exception {
        Files.writeString(specs.resolve("items.yaml"), Fixture.validText().replace("operationId: getItem", "operationId: GetItem"));
        Path junit = specs.resolve("reports/TEST-spec-lint.xml");
        assertEquals(1, SpecTool.run(List.of("lint", "--junit", junit.toString()), specs));
        String xml = Files.readString(junit);
        assertTrue(xml.contains("<testcase classname=\"spec-lint.items.yaml\" name=\"operation-id\">\n    <failure"), xml);
        assertTrue(xml.contains("items.yaml#/paths/~1items~1{id}/get/operationId"), xml);
    }

    @Test
    void anUnknownCommandIsAUsageError(@TempDir Path specs) throws Exception {
        assertEquals(2, SpecTool.run(List.of("lint-everything"), specs));
    }
}
