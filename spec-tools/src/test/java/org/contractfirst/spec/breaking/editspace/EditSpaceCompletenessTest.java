package org.contractfirst.spec.breaking.editspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.contractfirst.spec.Specs;
import org.contractfirst.spec.breaking.Change;
import org.contractfirst.spec.breaking.Source;
import org.contractfirst.spec.breaking.comparison.SpecComparison;
import org.junit.jupiter.api.Test;

import org.contractfirst.spec.layout.CanonicalLayout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate is complete over an edit space: every element and keyword location of two model specs (OpenAPI 3.0 and
 * 3.1, which use every element and keyword the gate reads) is removed, changed, tightened, loosened and, where
 * OpenAPI makes it meaningful, added to, and each edit that changes what goes over the wire yields a finding. The
 * edits that yield none by design are documented with their reasons ({@link DocumentedEdits}); an edit that leaves
 * no valid spec is skipped, and counted as such. README.md states the figures.
 */
class EditSpaceCompletenessTest {

    private static final List<String> MODELS = List.of("shop-3.0.yaml", "events-3.1.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentedEdits DOCUMENTED = DocumentedEdits.read();

    enum Verdict { INVALID, NO_WIRE_EFFECT, NOT_COMPARED_YET, FOUND, MISSED }

    /** What became of one edit: its verdict, the gate's findings, and why it is skipped or documented. */
    record Outcome(String model, Edit edit, Verdict verdict, List<Change> changes, DocumentedEdits.Entry entry,
            String problem) {

        @Override
        public String toString() {
            return edit + " (" + model + ")";
        }
    }

    record Figures(long edits, long invalid, long noWireEffect, long notComparedYet, long wire, long found) {

        static Figures of(List<Outcome> outcomes) {
            return new Figures(outcomes.size(), count(outcomes, Verdict.INVALID), count(outcomes, Verdict.NO_WIRE_EFFECT),
                    count(outcomes, Verdict.NOT_COMPARED_YET),
                    count(outcomes, Verdict.FOUND) + count(outcomes, Verdict.MISSED), count(outcomes, Verdict.FOUND));
        }

        private static long count(List<Outcome> outcomes, Verdict verdict) {
            return outcomes.stream().filter(outcome -> outcome.verdict() == verdict).count();
        }
    }

    /** The edits of both models, judged once for all the tests here. */
    private static final class Judged {
        static final List<Outcome> OUTCOMES;
        static final Duration TOOK;

        static {
            long start = System.nanoTime();
            OUTCOMES = MODELS.stream().flatMap(EditSpaceCompletenessTest::judge).toList();
            TOOK = Duration.ofNanos(System.nanoTime() - start);
        }
    }

    @Test
    void theModelsAreValidSpecsThatTheGateFindsUnchangedWhenWrittenAsJsonAsTheEditsAre() {
        for (String model : MODELS) {
            String text = resource(model);
            JsonNode spec = CanonicalLayout.readTree(text);
            assertEquals(Optional.empty(), Validity.problem(spec), model);
            assertEquals(List.of(), SpecComparison.compare(Source.of(model, text), Source.of(model, json(spec))), model);
        }
    }

    @Test
    void everyEditThatChangesTheWireYieldsAFinding() {
        List<String> missed = outcomes(Verdict.MISSED).map(outcome -> outcome + ": no finding").toList();
        assertTrue(missed.isEmpty(), missed.size() + " edits with wire effect yield no finding:\n"
                + String.join("\n", missed));
    }

    @Test
    void noEditWithoutWireEffectYieldsABreakingFinding() {
        List<String> wolves = outcomes(Verdict.NO_WIRE_EFFECT)
                .filter(outcome -> outcome.changes().stream().anyMatch(Change::breaking))
                .map(outcome -> outcome + ", documented as " + outcome.entry() + ": " + outcome.changes()).toList();
        assertTrue(wolves.isEmpty(), String.join("\n", wolves));
    }

    @Test
    void anEditNotComparedYetYieldsNoFindingSoThatTheListIsCorrectedOnceItIs() {
        List<String> compared = outcomes(Verdict.NOT_COMPARED_YET).filter(outcome -> !outcome.changes().isEmpty())
                .map(outcome -> outcome + " is compared now: " + outcome.changes()).toList();
        assertTrue(compared.isEmpty(), String.join("\n", compared));
    }

    @Test
    void everyDocumentedEntryCoversAnEditOfTheSpace() {
        List<DocumentedEdits.Entry> unused = DOCUMENTED.entries().stream()
                .filter(entry -> Judged.OUTCOMES.stream().noneMatch(outcome -> entry.equals(outcome.entry())))
                .toList();
        assertEquals(List.of(), unused);
    }

    @Test
    void theReadmeStatesTheSizeOfTheEditSpaceAndItsCoverage() throws IOException {
        Figures figures = Figures.of(Judged.OUTCOMES);
        System.out.println("edit space: " + figures + ", judged in " + Judged.TOOK.toMillis() + " ms");
        writeReport();
        String readme = Files.readString(Specs.dir().toAbsolutePath().getParent().resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Changing a spec")).replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        for (String statement : List.of("an edit space of " + figures.edits() + " edits",
                "every one of the " + figures.wire() + " edits that change what goes over the wire yields a finding",
                figures.noWireEffect() + " edits with no wire effect",
                figures.notComparedYet() + " edits of what a callback or webhook sends",
                figures.invalid() + " edits that leave no valid spec")) {
            assertTrue(section.contains(statement), "README.md's \"Changing a spec\" does not say: " + statement);
        }
    }

    /** Every edit with its verdict and why, in target/edit-space.txt, for a reader who wants to see them. */
    private static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "edit-space.txt"), Judged.OUTCOMES.stream().map(outcome -> outcome.verdict()
                + " " + outcome + ": " + switch (outcome.verdict()) {
                    case INVALID -> outcome.problem();
                    case NO_WIRE_EFFECT, NOT_COMPARED_YET -> outcome.entry().reason();
                    case FOUND, MISSED -> outcome.changes().stream().map(Change::rule).distinct()
                            .collect(Collectors.joining(", "));
                }).toList());
    }

    private static Stream<Outcome> outcomes(Verdict verdict) {
        return Judged.OUTCOMES.stream().filter(outcome -> outcome.verdict() == verdict);
    }

    private static Stream<Outcome> judge(String model) {
        String text = resource(model);
        JsonNode spec = CanonicalLayout.readTree(text);
        Source before = Source.of(model, text);
        return EditSpace.of(spec).parallelStream().map(edit -> judge(model, spec, before, edit)).toList().stream();
    }

    private static Outcome judge(String model, JsonNode spec, Source before, Edit edit) {
        JsonNode edited = edit.applyTo(spec);
        Optional<String> problem = Validity.problem(edited);
        DocumentedEdits.Entry entry = DOCUMENTED.entryFor(edit, spec).orElse(null);
        if (problem.isPresent()) {
            return new Outcome(model, edit, Verdict.INVALID, List.of(), entry, problem.get());
        }
        List<Change> changes = SpecComparison.compare(before, Source.of(model, json(edited)));
        return new Outcome(model, edit, verdict(entry, changes), changes, entry, null);
    }

    private static Verdict verdict(DocumentedEdits.Entry entry, List<Change> changes) {
        if (entry != null) {
            return entry.section() == DocumentedEdits.Section.NO_WIRE_EFFECT ? Verdict.NO_WIRE_EFFECT
                    : Verdict.NOT_COMPARED_YET;
        }
        return changes.isEmpty() ? Verdict.MISSED : Verdict.FOUND;
    }

    private static String resource(String model) {
        try (InputStream in = EditSpaceCompletenessTest.class.getResourceAsStream("/edit-space/" + model)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(JsonNode spec) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
