package org.contractfirst.conformance;

import org.contractfirst.conformance.checks.Failure;
import org.contractfirst.conformance.checks.Recorder;
import org.contractfirst.conformance.checks.ScenarioCheck;
import org.contractfirst.conformance.checks.StepError;
import org.contractfirst.conformance.requests.RunOptions;
import org.contractfirst.conformance.requests.Target;
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
    public static Outcome run(Recorder recorder, Step step) {
        Target target = recorder.context().target();
        if (recorder.pastDeadline()) {
            return skipped(recorder, step, OUT_OF_TIME);
        }
        if (step.check().destructive(target.spec(), step.operation()) && !target.destructive()) {
            return skipped(recorder, step, "destructive: it may delete for good what it cannot create first;"
                    + " run with --destructive (conformance.destructive=true) where that is allowed");
        }
        if (step.check().stateful() && target.stateless()) {
            return skipped(recorder, step, "not applicable: stateless target");
        }
        List<String> missing = recorder.context().requests().missingCredentials(step.operation());
        if (step.check().needsCredentials() && !missing.isEmpty()) {
            return skipped(recorder, step, "no credential for " + missing);
        }
        var unreached = recorder.notExercised(step.operation());
        if (step.check().needsReach() && unreached.isPresent()) {
            return skipped(recorder, step, "not exercised: " + unreached.get());
        }
        var before = recorder.failureCounts();
        int errorsBefore = recorder.errors().size();
        int judgedBefore = recorder.judgements();
        int skippedBefore = recorder.skipped().size();
        try {
            step.check().run(recorder.context(), recorder, step.operation());
        } catch (Recorder.OutOfTime stopped) {
            return new Outcome(recorder.failuresSince(before), List.of(), skipped(recorder, step, OUT_OF_TIME).skipped());
        } catch (RuntimeException e) {
            recorder.error(step.check(), step.operation(), e);
        }
        List<Failure> failures = recorder.failuresSince(before);
        List<StepError> errors = recorder.errors().subList(errorsBefore, recorder.errors().size());
        if (recorder.judgements() > judgedBefore || !failures.isEmpty() || !errors.isEmpty()) {
            return new Outcome(failures, errors, null);
        }
        if (recorder.skipped().size() == skippedBefore) {
            recorder.skip(step.check(), step.operation(), "nothing to judge: " + step.check().nothingToJudge());
        }
        return new Outcome(failures, errors, recorder.skipped().get(recorder.skipped().size() - 1).reason());
    }

    private static Outcome skipped(Recorder recorder, Step step, String reason) {
        recorder.skip(step.check(), step.operation(), reason);
        return new Outcome(List.of(), List.of(), reason);
    }

    /** Runs every check against the target and returns the recorder with what it found. */
    public static Recorder runAll(Target target, RunOptions options) {
        Recorder recorder = new Recorder(target, Checks.responseChecks(), options);
        plan(target, Checks.scenarioChecks(), options).forEach(step -> run(recorder, step));
        return recorder;
    }
}
