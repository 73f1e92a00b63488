package org.contractfirst.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a figure is summarised and judged: the median of its runs, its ratio to the baseline, its target. */
class SamplesTest {

    @Test
    void theMedianIsTheMiddleRunOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(3, Samples.of(9, 1, 3).median());
        assertEquals(2.5, Samples.of(4, 1, 2, 3).median());
        assertEquals(1, Samples.of(4, 1, 2, 3).min());
        assertEquals(4, Samples.of(4, 1, 2, 3).max());
        assertThrows(IllegalArgumentException.class, Samples::of);
    }

    @Test
    void aTargetJudgesTheRatioOfMediansOrTheValueItself() {
        Figure fast = new Figure("ours", "req/s", Samples.of(60, 50, 70), "bare", Samples.of(100, 90, 110),
                Optional.of(Goal.ratioAtLeast(0.5)));
        assertEquals(0.6, fast.ratio(), 1e-9);
        assertTrue(Goal.ratioAtLeast(0.5).met(fast));
        assertFalse(Goal.ratioAtMost(0.5).met(fast));
        assertTrue(Goal.valueBelow(61, "req/s").met(fast));
        assertFalse(Goal.valueBelow(59, "req/s").met(fast));
        assertTrue(fast.markdownRow().contains("ratio ≥ 0.50: met"));
    }
}
