package org.contractfirst.conformance.report;

import org.contractfirst.conformance.Conformance;
import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.checks.Rulebook;
import org.contractfirst.conformance.checks.SpecFinding;
import org.contractfirst.conformance.checks.StepError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every format says everything the report holds: a part one format leaves out (as the HTML page once left out
 * what the Markdown showed) is found here, for a format added later too, since every registered one is rendered.
 */
class ReportRenderersTest {

    private static final Failure FAILURE = new Failure("not_a_server_error", "CF100", Rulebook.OPENAPI, "shelf",
            "getShelf (GET /shelves/{id})", "curl -i 'http://127.0.0.1:9/shelves/1'", "", 500, "boom",
            "a status below 500 for the failing shelf", 2);
    private static final Failure HTTP_FINDING = new Failure("unsupported_method", "CF300", Rulebook.HTTP, "shelf",
            "getShelf (GET /shelves/{id})", "curl -i -X PATCH 'http://127.0.0.1:9/shelves/1'", "", 405, "",
            "an Allow header naming the shelf methods", 1);
    private static final SpecFinding SPEC_FINDING = new SpecFinding("secured-operations-document-401", "shelf",
            "deleteShelf (DELETE /shelves/{id})", "documents no 401 for the locked shelf");
    private static final StepError ERROR = new StepError("read_after_write", "shelf", "createShelf (POST /shelves)",
            "the step tripped over its own shoelace", "java.lang.IllegalStateException: shoelace");
    private static final Recorder.Skipped SKIPPED = new Recorder.Skipped("put_replaces", "replaceShelf (PUT /shelves/{id})",
            "not applicable: stateless shelf target");
    private static final Coverage.Reach NOT_EXERCISED = new Coverage.Reach("archiveShelf (POST /shelves/{id}/archive)",
            false, "no credential opens the archive");
    private static final Coverage.Row EXERCISED_CELL = new Coverage.Row("getShelf (GET /shelves/{id})", "200",
            "application/vnd.shelf+json", true, "");
    private static final Coverage.Row UNEXERCISED_CELL = new Coverage.Row("listShelves (GET /shelves)", "429",
            "application/vnd.slow-down+json", false, "no request of this run provoked the slow-down");

    private static final Report REPORT = new Report(List.of(new Coverage("shelf", List.of(EXERCISED_CELL, UNEXERCISED_CELL),
            List.of(new Coverage.Reach("getShelf (GET /shelves/{id})", true, ""), NOT_EXERCISED), 17, 23,
            List.of(FAILURE), List.of(HTTP_FINDING), List.of(SPEC_FINDING), List.of(ERROR), List.of(SKIPPED))), 4711,
            false, List.of(
                    new Report.StepResult("shelf", "positive_data_acceptance getShelf (GET /shelves/{id})",
                            new Conformance.Outcome(List.of(FAILURE, HTTP_FINDING), List.of(), null)),
                    new Report.StepResult("shelf", "read_after_write createShelf (POST /shelves)",
                            new Conformance.Outcome(List.of(), List.of(ERROR), null)),
                    new Report.StepResult("shelf", "put_replaces replaceShelf (PUT /shelves/{id})",
                            new Conformance.Outcome(List.of(), List.of(), SKIPPED.reason()))));

    @Test
    void everyFormatShowsEveryPartOfTheReport() {
        assertFalse(ReportRenderers.all().isEmpty());
        for (ReportRenderer format : ReportRenderers.all()) {
            String text = format.render(REPORT);
            List<String> missing = new ArrayList<>();
            for (String expected : expectedTexts()) {
                if (!text.contains(expected)) {
                    missing.add(expected);
                }
            }
            assertTrue(missing.isEmpty(), format.fileName() + " leaves out " + missing + ":\n" + text);
        }
    }

    /** The distinctive text of each failure, finding, skipped step, operation not exercised, error and cell. */
    private static List<String> expectedTexts() {
        List<String> texts = new ArrayList<>();
        for (Failure failure : List.of(FAILURE, HTTP_FINDING)) {
            texts.addAll(List.of(failure.check(), failure.code(), failure.expected(), failure.operation()));
        }
        texts.addAll(List.of(SPEC_FINDING.rule(), SPEC_FINDING.operation(), SPEC_FINDING.message()));
        texts.addAll(List.of(SKIPPED.check(), SKIPPED.operation(), SKIPPED.reason()));
        texts.addAll(List.of(NOT_EXERCISED.operation(), NOT_EXERCISED.why()));
        texts.addAll(List.of(ERROR.check(), ERROR.operation(), ERROR.message()));
        for (Coverage.Row cell : List.of(EXERCISED_CELL, UNEXERCISED_CELL)) {
            texts.addAll(List.of(cell.operation(), cell.mediaType()));
        }
        texts.add(UNEXERCISED_CELL.reason());
        return texts;
    }
}
