package org.contractfirst.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks against a target, scenario check by scenario check and operation by operation, destructive
 * checks last and only where the target allows them.
 */
public final class Conformance {

    /** One step of a run: a scenario check on an operation. */
    public record Step(ScenarioCheck check, ApiSpec.Endpoint endpoint) {
        @Override
        public String toString() {
            return check.name() + " " + endpoint;
        }
    }

    private Conformance() {
    }

    public static List<Step> plan(Target target, List<ScenarioCheck> checks) {
        List<Step> steps = new ArrayList<>();
        for (boolean destructive : new boolean[] {false, true}) {
            if (destructive && !target.destructive()) {
                continue;
            }
            for (ScenarioCheck check : checks) {
                for (ApiSpec.Endpoint endpoint : target.spec().endpoints()) {
                    if (check.destructive(endpoint) == destructive) {
                        steps.add(new Step(check, endpoint));
                    }
                }
            }
        }
        return steps;
    }

    /** Runs one step and returns the failures it found. */
    public static List<Failure> run(Session session, Step step) {
        int before = session.failures().size();
        step.check().run(session, step.endpoint());
        return List.copyOf(session.failures().subList(before, session.failures().size()));
    }

    /** Runs every check against the target and returns the session with its failures and counts. */
    public static Session runAll(Target target, long seed) {
        Session session = new Session(target, Checks.responseChecks(), seed);
        plan(target, Checks.scenarioChecks()).forEach(step -> run(session, step));
        return session;
    }
}
