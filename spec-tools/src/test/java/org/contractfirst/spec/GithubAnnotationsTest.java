package org.contractfirst.spec;

import org.contractfirst.spec.breaking.Change;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.contractfirst.spec.Fixture.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workflow commands GitHub reads: one per breaking change, escaped as GitHub escapes them, on the new line. */
class GithubAnnotationsTest {

    private static final String ITEM = "/components/schemas/Item";
    private static final UnaryOperator<String> IN_SPECS = name -> "specs/" + name;

    @Test
    void anUnacceptedBreakIsAnErrorOnItsNewLineAndACompatibleChangeIsNoAnnotation() {
        BreakingChanges.Verdict verdict = compare(valid().set(ITEM + "/properties/label", "type: string")
                .set(ITEM + "/properties/id", "type: string\nminLength: 2"), AcceptedChanges.none());
        Change raised = only(verdict, "request-min-length-raised");
        List<String> commands = GithubAnnotations.of(List.of(verdict), IN_SPECS);
        assertEquals(1, commands.size(), commands.toString());
        assertEquals("::error file=specs/items.yaml,line=" + raised.after().line()
                + ",title=request-min-length-raised::items: " + raised.message(), commands.get(0));
    }

    @Test
    void anAcceptedBreakIsANoticeAndASpecWithoutAFileHasNoFileProperty() {
        BreakingChanges.Verdict unaccepted = compare(valid().remove(ITEM + "/properties/size"), AcceptedChanges.none());
        Change removed = only(unaccepted, "request-property-removed");
        List<String> lines = unaccepted.unaccepted().stream().map(change -> AcceptedChanges.line("items", change))
                .toList();
        assertFalse(compare(valid().remove(ITEM + "/properties/size"), AcceptedChanges.of(lines)).passes(),
                "a line whose reason is still the placeholder accepts nothing");
        BreakingChanges.Verdict accepted = compare(valid().remove(ITEM + "/properties/size"), AcceptedChanges.of(
                lines.stream().map(line -> line.replace(AcceptedChanges.PLACEHOLDER, "sizes are gone")).toList()));
        assertTrue(accepted.passes(), accepted.changelog());
        List<String> commands = GithubAnnotations.of(List.of(accepted), name -> null);
        assertTrue(commands.stream().allMatch(command -> command.startsWith("::notice title=")), commands.toString());
        assertTrue(commands.contains("::notice title=request-property-removed (accepted)::items: " + removed.message()),
                commands.toString());
    }

    @Test
    void anotherApisOrAnotherRulesLineAcceptsNothing() {
        BreakingChanges.Verdict unaccepted = compare(valid().remove(ITEM + "/properties/size"), AcceptedChanges.none());
        List<String> otherApi = unaccepted.unaccepted().stream()
                .map(change -> AcceptedChanges.line("orders", change).replace(AcceptedChanges.PLACEHOLDER, "why"))
                .toList();
        assertFalse(compare(valid().remove(ITEM + "/properties/size"), AcceptedChanges.of(otherApi)).passes());
        List<String> otherRule = unaccepted.unaccepted().stream()
                .map(change -> change.fingerprint() + " items operation-removed why").toList();
        assertFalse(compare(valid().remove(ITEM + "/properties/size"), AcceptedChanges.of(otherRule)).passes(),
                "a line names the rule it accepts");
    }

    @Test
    void newLinesPercentSignsAndTheSeparatorsOfPropertiesAreEscaped() {
        assertEquals("::error file=a%3Ab%2Cc.yaml,title=t::50%25%0Anext",
                GithubAnnotations.command("error", "a:b,c.yaml", 0, "t", "50%\nnext"));
    }

    private static BreakingChanges.Verdict compare(Fixture after, AcceptedChanges accepted) {
        return BreakingChanges.compare("items", "items.yaml", valid().document().text(), after.document().text(),
                accepted);
    }

    private static Change only(BreakingChanges.Verdict verdict, String rule) {
        List<Change> found = verdict.changes().stream().filter(change -> change.rule().equals(rule)).toList();
        assertEquals(1, found.size(), verdict.changes().toString());
        return found.get(0);
    }
}
