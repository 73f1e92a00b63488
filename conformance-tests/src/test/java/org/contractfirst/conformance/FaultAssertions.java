package org.contractfirst.conformance;

import org.contractfirst.conformance.checks.Failure;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a broken server's test asserts: the check made for its fault fails, and nothing else does. */
final class FaultAssertions {

    private FaultAssertions() {
    }

    /** {@code check} fails, on the operation {@code operationId} only, and no other check fails. */
    static void onlyFails(List<Failure> failures, String check, String operationId) {
        onlyCheckFails(failures, check);
        for (Failure failure : failures) {
            assertTrue(failure.operation().startsWith(operationId + " ("), failure::toString);
        }
    }

    /** {@code check} fails, on any operation, and no other check fails. */
    static void onlyCheckFails(List<Failure> failures, String check) {
        assertFalse(failures.isEmpty(), "no check failed; " + check + " should have");
        for (Failure failure : failures) {
            assertEquals(check, failure.check(), failure::toString);
        }
    }
}
