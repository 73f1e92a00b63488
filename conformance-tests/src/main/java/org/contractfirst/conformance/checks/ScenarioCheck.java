package org.contractfirst.conformance.checks;

import org.contractfirst.conformance.requests.RunContext;
import org.contractfirst.conformance.spec.ApiSpec;
import org.contractfirst.conformance.spec.Operation;

/** A check that sends requests of its own to one operation and judges the answers. */
public interface ScenarioCheck extends Check {

    /** Sends the check's requests, built from {@code context}, and records what it judged in {@code recorder}. */
    void run(RunContext context, Recorder recorder, Operation operation);

    /**
     * Whether the check has anything to judge on this operation, by what the spec says of it (a PUT for a check of
     * PUT): a step that does not apply is no step of the run, and no test in any report.
     */
    default boolean appliesTo(ApiSpec spec, Operation operation) {
        return true;
    }

    /**
     * Whether the check may change the server for good on this operation; such steps run last, and only where the
     * target allows them: elsewhere they are reported skipped, with the option that would run them.
     */
    default boolean destructive(ApiSpec spec, Operation operation) {
        return false;
    }

    /**
     * Whether the check judges on top of a valid call that succeeds (bad input beside good, a read after a write): it
     * does not run on an operation the run could not reach ({@link Recorder#notExercised(org.contractfirst.conformance.spec.Operation)}).
     */
    default boolean needsReach() {
        return false;
    }

    /** Whether the check calls the operation as its caller, so that a run without the caller's credential skips it. */
    default boolean needsCredentials() {
        return true;
    }

    /** Why a step of the check that ran but gave no verdict judged nothing, for the reports. */
    default String nothingToJudge() {
        return "it found nothing of its kind on this operation";
    }

    /** Whether the check needs a server that keeps what it is told (reads back writes). */
    default boolean stateful() {
        return false;
    }
}
