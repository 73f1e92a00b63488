package org.contractfirst.conformance;

import org.contractfirst.conformance.report.MarkdownRenderer;
import org.contractfirst.conformance.report.Coverage;
import org.contractfirst.conformance.report.Report;
import org.contractfirst.conformance.requests.RunOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Against the reference servers the suite reaches at least 90% of the documented (operation, status, media type)
 * cells of every API, names a reason for each cell it leaves, and finds nothing to fault, in the spec or the server.
 */
class ReferenceCoverageTest {

    @Test
    void theReferenceServersExerciseNineTenthsOfEveryApisCells() {
        EmbeddedTargets.assumeNoOtherTarget();
        try (EmbeddedTargets embedded = new EmbeddedTargets()) {
            RunOptions options = RunOptions.defaults(7).strict(true);
            List<Coverage> coverage = embedded.targets().stream()
                    .map(target -> Coverage.of(Conformance.runAll(target, options))).toList();
            String report = new MarkdownRenderer().render(new Report(coverage, 7));
            for (Coverage api : coverage) {
                assertEquals(0, api.failureCount(), api.api() + "\n" + report);
                assertEquals(List.of(), api.findings(), api.api());
                assertEquals(List.of(), api.errors(), api.api());
                assertTrue(api.share() >= 0.9, api.api() + " exercised only " + api.exercised() + " of "
                        + api.rows().size() + " cells:\n" + report);
                api.rows().stream().filter(row -> !row.exercised())
                        .forEach(row -> assertFalse(row.reason().isBlank(), row.toString()));
            }
            System.out.println(coverage.stream().map(api -> api.api() + " " + api.exercised() + "/" + api.rows().size())
                    .collect(Collectors.joining(", ")));
        }
    }
}
