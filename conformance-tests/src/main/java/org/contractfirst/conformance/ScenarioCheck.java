package org.contractfirst.conformance;

/** A check that sends requests of its own to one operation and judges the answers. */
public interface ScenarioCheck extends Check {

    void run(Session session, ApiSpec.Endpoint endpoint);

    /**
     * Whether the check may change the server for good on this operation ({@code DELETE /me}); such steps run last,
     * and only where the target allows them.
     */
    default boolean destructive(ApiSpec.Endpoint endpoint) {
        return false;
    }
}
