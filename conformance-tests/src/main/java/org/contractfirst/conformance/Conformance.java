package org.contractfirst.conformance;

import org.contractfirst.conformance.spec.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks against a target, scenario check by scenario check and operation by operation; destructive
 * checks last and only where the target allows them; stateful ones not against a stateless target; those that need
 * an operation reached not on one the run could not reach. A step that throws is that step's error, and the run goes
 * on.
 */
public final class Conformance {

    /** One step of a run: a scenario check on an operation. */
    public record Step(ScenarioCheck check, Operation operation) {
        @Override
        public String toString() {
            return check.name() + " " + operation;
        }
    }

    /** What one step found: the failures it added, and why it did not run, if it did not. */
    public record Outcome(List<Failure> failures, List<StepError> errors, String skipped) {
    }

    private Conformance() {
    }

    public static List<Step> plan(Target target, List<ScenarioCheck> checks, RunOptions options) {
        List<Step> steps = new ArrayList<>();
        for (boolean destructive : new boolean[] {false, true}) {
            if (destructive && !target.destructive()) {
                continue;
            }
            for (ScenarioCheck check : checks) {
                if (!options.runs(check.name())) {
                    continue;
                }
                for (Operation operation : target.spec().operations()) {
                    if (check.destructive(operation) == destructive) {
                        steps.add(new Step(check, operation));
                    }
                }
            }
        }
        return steps;
    }

    /** Runs one step and returns what it found. */
    public static Outcome run(Session session, Step step) {
        if (step.check().stateful() && session.target().stateless()) {
            String reason = "not applicable: stateless target";
            session.skip(step.check(), step.operation(), reason);
            return new Outcome(List.of(), List.of(), reason);
        }
        var unreached = session.notExercised(step.operation());
        if (step.check().needsReach() && unreached.isPresent()) {
            String reason = "not exercised: " + unreached.get();
            session.skip(step.check(), step.operation(), reason);
            return new Outcome(List.of(), List.of(), reason);
        }
        var before = session.failureCounts();
        int errorsBefore = session.errors().size();
        try {
            step.check().run(session, step.operation());
        } catch (RuntimeException e) {
            session.error(step.check(), step.operation(), e);
        }
        return new Outcome(session.failuresSince(before), session.errors().subList(errorsBefore, session.errors().size()),
                null);
    }

    /** Runs every check against the target and returns the session with what it found. */
    public static Session runAll(Target target, RunOptions options) {
        Session session = new Session(target, Checks.responseChecks(), options);
        plan(target, Checks.scenarioChecks(), options).forEach(step -> run(session, step));
        return session;
    }
}
