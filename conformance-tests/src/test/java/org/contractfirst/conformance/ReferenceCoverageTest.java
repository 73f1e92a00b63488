package org.contractfirst.conformance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Against the reference servers the suite reaches at least 90% of the documented (operation, status, media type)
 * cells of every API, and names a reason for each cell it leaves.
 */
class ReferenceCoverageTest {

    @Test
    void theReferenceServersExerciseNineTenthsOfEveryApisCells() {
        EmbeddedTargets.assumeNoOtherTarget();
        try (EmbeddedTargets embedded = new EmbeddedTargets()) {
            List<Coverage> coverage = embedded.targets().stream()
                    .map(target -> Coverage.of(Conformance.runAll(target, 7))).toList();
            String report = new Report(coverage, 7).markdown();
            for (Coverage api : coverage) {
                assertEquals(0, api.failures(), api.api());
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
