package org.contractfirst.spec;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The specs as they stand break no client of the specs at the merge base with main, unless they opted in. */
class SpecsAreCompatibleTest {

    @Test
    void noSpecBreaksItsClientsSinceTheMergeBase() throws Exception {
        assertEquals(0, SpecTool.run(List.of("breaking"), Specs.dir()));
    }
}
