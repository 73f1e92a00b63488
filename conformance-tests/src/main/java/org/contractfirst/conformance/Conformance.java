package org.contractfirst.conformance;

import org.contractfirst.conformance.spec.Operation;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks against a target, scenario check by scenario check and operation by operation, each where it
 * applies; destructive checks last and only where the target allows them; stateful ones not against a stateless
 * target; those that need an operation reached not on one the run could not reach. A step that does not run, or runs
 * and finds nothing to judge, is skipped with its reason. A step that throws is that step's error, and the run goes
 * on.
 */
public final class Conformance {

    /** Why a step did not run, or stopped, when the run's time limit came first. */
    public static final String OUT_OF_TIME = "not run to its end: the run's time limit (--max-time) was reached";

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

    /** The steps where each check applies, destructive ones last (they are skipped where the target forbids them). */
    public static List<Step> plan(Target target, List<ScenarioCheck> checks, RunOptions options) {
        List<Step> steps = new ArrayList<>();
        List<Step> destructive = new ArrayList<>();
        for (ScenarioCheck check : checks) {
            if (!options.runs(check.name())) {
                continue;
            }
            for (Operation operation : target.spec().operations()) {
                if (check.appliesTo(target.spec(), operation)) {
                    (check.destructive(target.spec(), operation) ? destructive : steps).add(new Step(check, operation));
                }
            }
        }
        steps.addAll(destructive);
        return steps;
    }

    /** Runs one step and returns what it found. */
    public static Outcome run(Session session, Step step) {
        Target target = session.target();
        if (session.pastDeadline()) {
            return skipped(session, step, OUT_OF_TIME);
        }
        if (step.check().destructive(target.spec(), step.operation()) && !target.destructive()) {
            return skipped(session, step, "destructive: it may delete for good what it cannot create first;"
                    + " run with --destructive (conformance.destructive=true) where that is allowed");
        }
        if (step.check().stateful() && target.stateless()) {
            return skipped(session, step, "not applicable: stateless target");
        }
        List<String> missing = session.requests().missingCredentials(step.operation());
        if (step.check().needsCredentials() && !missing.isEmpty()) {
            return skipped(session, step, "no credential for " + missing);
        }
        var unreached = session.notExercised(step.operation());
        if (step.check().needsReach() && unreached.isPresent()) {
            return skipped(session, step, "not exercised: " + unreached.get());
        }
        var before = session.failureCounts();
        int errorsBefore = session.errors().size();
        int judgedBefore = session.judgements();
        int skippedBefore = session.skipped().size();
        try {
            step.check().run(session, step.operation());
        } catch (Session.OutOfTime stopped) {
            return new Outcome(session.failuresSince(before), List.of(), skipped(session, step, OUT_OF_TIME).skipped());
        } catch (RuntimeException e) {
            session.error(step.check(), step.operation(), e);
        }
        List<Failure> failures = session.failuresSince(before);
        List<StepError> errors = session.errors().subList(errorsBefore, session.errors().size());
        if (session.judgements() > judgedBefore || !failures.isEmpty() || !errors.isEmpty()) {
            return new Outcome(failures, errors, null);
        }
        if (session.skipped().size() == skippedBefore) {
            session.skip(step.check(), step.operation(), "nothing to judge: " + step.check().nothingToJudge());
        }
        return new Outcome(failures, errors, session.skipped().get(session.skipped().size() - 1).reason());
    }

    private static Outcome skipped(Session session, Step step, String reason) {
        session.skip(step.check(), step.operation(), reason);
        return new Outcome(List.of(), List.of(), reason);
    }

    /** Runs every check against the target and returns the session with what it found. */
    public static Session runAll(Target target, RunOptions options) {
        Session session = new Session(target, Checks.responseChecks(), options);
        plan(target, Checks.scenarioChecks(), options).forEach(step -> run(session, step));
        return session;
    }
}
