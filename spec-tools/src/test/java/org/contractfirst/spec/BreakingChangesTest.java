package org.contractfirst.spec;

import org.junit.jupiter.api.Test;

import static org.contractfirst.spec.Fixture.GET;
import static org.contractfirst.spec.Fixture.valid;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which edits of a spec break its clients, and how a spec accepts a breaking change on purpose. */
class BreakingChangesTest {

    private static final String ITEM = "/components/schemas/Item";
    private static final String COLOURS = """
            type: string
            enum:
              - red
              - green
              - blue
            """;

    private static BreakingChanges.Verdict compare(Fixture before, Fixture after) {
        return BreakingChanges.compare("items", "items.yaml", before.document().text(), after.document().text());
    }

    @Test
    void aRemovedFieldBreaks() {
        BreakingChanges.Verdict verdict = compare(valid(), valid().remove(ITEM + "/properties/size"));
        assertTrue(verdict.breaking(), verdict.changelog());
        assertFalse(verdict.passes());
        assertTrue(verdict.changelog().contains("size"), verdict.changelog());
    }

    @Test
    void aNewRequiredRequestFieldBreaks() {
        BreakingChanges.Verdict verdict = compare(valid(), valid().set(ITEM + "/required", "[id, size]"));
        assertTrue(verdict.breaking(), verdict.changelog());
    }

    @Test
    void aNarrowedEnumBreaks() {
        BreakingChanges.Verdict verdict = compare(valid().set(ITEM + "/properties/colour", COLOURS),
                valid().set(ITEM + "/properties/colour", COLOURS.replace("  - blue\n", "")));
        assertTrue(verdict.breaking(), verdict.changelog());
    }

    @Test
    void aChangedTypeBreaks() {
        assertTrue(compare(valid(), valid().set(ITEM + "/properties/size", "type: string")).breaking());
    }

    @Test
    void aChangedOperationIdBreaks() {
        BreakingChanges.Verdict verdict = compare(valid(), valid().set(GET + "/operationId", "getItemById"));
        assertTrue(verdict.breaking(), verdict.changelog());
        assertTrue(verdict.changelog().contains("operationId `getItem` became `getItemById`"), verdict.changelog());
    }

    @Test
    void anAddedOptionalFieldIsCompatible() {
        BreakingChanges.Verdict verdict = compare(valid(), valid().set(ITEM + "/properties/label", "type: string"));
        assertTrue(verdict.changed());
        assertFalse(verdict.breaking(), verdict.changelog());
        assertTrue(verdict.passes());
    }

    @Test
    void anUnchangedSpecPasses() {
        BreakingChanges.Verdict verdict = compare(valid(), valid());
        assertFalse(verdict.changed());
        assertTrue(verdict.passes());
    }

    @Test
    void aMajorVersionBumpLetsABreakingChangeThrough() {
        BreakingChanges.Verdict verdict = compare(valid(),
                valid().remove(ITEM + "/properties/size").set("/info/version", "\"2.0\""));
        assertTrue(verdict.breaking());
        assertTrue(verdict.optedIn());
        assertTrue(verdict.passes(), verdict.changelog());
        assertTrue(verdict.changelog().contains("accepted by the major version bump"), verdict.changelog());
        assertFalse(compare(valid(), valid().remove(ITEM + "/properties/size").set("/info/version", "\"1.1\""))
                .passes(), "a minor bump is no opt-in");
    }
}
