package org.contractfirst.conformance;

import org.contractfirst.conformance.spec.Operation;

/** A check that sends requests of its own to one operation and judges the answers. */
public interface ScenarioCheck extends Check {

    void run(Session session, Operation operation);

    /** Whether the check may change the server for good on this operation; such steps run last, where allowed. */
    default boolean destructive(Operation operation) {
        return false;
    }

    /**
     * Whether the check judges on top of a valid call that succeeds (bad input beside good, a read after a write): it
     * does not run on an operation the run could not reach ({@link Session#notExercised(org.contractfirst.conformance.spec.Operation)}).
     */
    default boolean needsReach() {
        return false;
    }

    /** Whether the check needs a server that keeps what it is told (reads back writes). */
    default boolean stateful() {
        return false;
    }
}
