package org.contractfirst.conformance;

/** A check that sends requests of its own to one operation and judges the answers. */
public interface ScenarioCheck extends Check {

    void run(Session session, ApiSpec.Endpoint endpoint);

    /** Whether the check changes the server for good ({@code DELETE /me}); such checks run last, and only when allowed. */
    default boolean destructive() {
        return false;
    }
}
