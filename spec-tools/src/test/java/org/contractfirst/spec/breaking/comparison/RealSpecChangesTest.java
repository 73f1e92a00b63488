package org.contractfirst.spec.breaking.comparison;

import org.contractfirst.spec.Specs;
import org.contractfirst.spec.breaking.Change;
import org.contractfirst.spec.breaking.Source;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small edits of the four specs, as a user makes them: the breaks the openapi-diff gate let pass are found, with the
 * element's line and pointer, and Unipile's multipart request is judged part by part.
 */
class RealSpecChangesTest {

    @Test
    void aRaisedRequestMinLengthBreaks() throws IOException {
        List<Change> changes = edit("bird.yaml", "          minLength: 1\n          maxLength: 255",
                "          minLength: 2\n          maxLength: 255");
        assertEquals(Set.of("request-min-length-raised"), rules(changes), changes.toString());
        Change change = changes.get(0);
        assertEquals("/components/schemas/UpdateProfileRequest/properties/name/minLength", change.after().pointer());
        assertEquals(lineOf("bird.yaml", "          minLength: 1\n          maxLength: 255"), change.after().line());
        assertTrue(change.message().startsWith("`PATCH /me` request body `application/json`, `name`: minLength 1 became 2"),
                change.message());
    }

    @Test
    void closingARequestObjectThatWasOpenBreaks() throws IOException {
        List<Change> changes = edit("circuit.yaml", "        statusMessage: Focus time\n    SupportInfo:",
                "        statusMessage: Focus time\n      additionalProperties: false\n    SupportInfo:");
        assertEquals(Set.of("request-additional-properties-closed"), rules(changes), changes.toString());
        assertEquals("/components/schemas/SetPresenceForm/additionalProperties", changes.get(0).after().pointer());
    }

    @Test
    void aResponsePropertyMadeNullableBreaks() throws IOException {
        List<Change> changes = edit("bird.yaml", "          description: The user's description\n          type: string\n"
                        + "        createdAt:",
                "          description: The user's description\n          type: string\n          nullable: true\n"
                        + "        createdAt:");
        assertEquals(Set.of("response-nullable-added"), rules(changes), changes.toString());
        assertEquals("/components/schemas/User/properties/bio/nullable", changes.get(0).after().pointer());
    }

    @Test
    void aPartOfUnipilesMultipartEditThatTakesFewerMediaTypesBreaks() throws IOException {
        List<Change> changes = edit("unipile.yaml", "              picture:\n                contentType: \"image/jpeg, image/png\"",
                "              picture:\n                contentType: image/jpeg");
        assertEquals(Set.of("request-part-media-type-removed"), rules(changes), changes.toString());
        assertTrue(changes.get(0).message().contains("part `picture`: the part no longer takes image/png"),
                changes.get(0).message());
    }

    @Test
    void aBracketNotationPartDeepInAnAnyOfVariantIsJudged() throws IOException {
        String id = "    ExperienceEdit:\n      title: Edit an existing experience.\n      type: object\n      required:\n"
                + "        - id\n      properties:\n        id:\n          description: This ID of the experience to be edited.\n"
                + "          type: string\n";
        List<Change> changes = edit("unipile.yaml", id, id + "          maxLength: 64\n");
        assertEquals(Set.of("request-max-length-lowered"), rules(changes), changes.toString());
        assertEquals("/components/schemas/ExperienceEdit/properties/id/maxLength", changes.get(0).after().pointer());
        assertTrue(changes.get(0).message().contains("`experience (ExperienceEdit).id`"), changes.get(0).message());
    }

    @Test
    void circuitsXmlElementNamesAndWrappersAreTheWireFormat() throws IOException {
        List<Change> renamed = edit("circuit.yaml", "      xml:\n        name: label\n", "      xml:\n        name: tag\n");
        assertEquals(Set.of("xml-name-changed"), rules(renamed), renamed.toString());
        assertTrue(renamed.stream().allMatch(change -> change.message().contains("`application/xml`")), renamed.toString());
        String emails = "            $ref: \"#/components/schemas/UserEmailAddress\"\n          xml:\n            wrapped: true\n";
        List<Change> unwrapped = edit("circuit.yaml", emails, emails.replace("wrapped: true", "wrapped: false"));
        assertEquals(Set.of("xml-wrapped-changed"), rules(unwrapped), unwrapped.toString());
    }

    @Test
    void aComponentRenamedEverywhereIsNoChangeOnTheWire() throws IOException {
        String bird = Files.readString(Specs.dir().resolve("bird.yaml"));
        List<Change> changes = SpecComparison.compare(Source.of("bird.yaml", bird), Source.of("bird.yaml",
                bird.replace("schemas/User\"", "schemas/Account\"").replace("\n    User:\n", "\n    Account:\n")));
        assertEquals(Set.of("schema-renamed"), rules(changes), changes.toString());
        assertTrue(changes.stream().noneMatch(Change::breaking));
    }

    private static List<Change> edit(String file, String from, String to) throws IOException {
        String text = Files.readString(Specs.dir().resolve(file));
        assertEquals(1, text.split(Pattern.quote(from), -1).length - 1, "one place to edit in " + file);
        return SpecComparison.compare(Source.of(file, text), Source.of(file, text.replace(from, to)));
    }

    private static int lineOf(String file, String text) throws IOException {
        String spec = Files.readString(Specs.dir().resolve(file));
        return (int) spec.substring(0, spec.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    static Set<String> rules(List<Change> changes) {
        return changes.stream().map(Change::rule).collect(Collectors.toSet());
    }
}
