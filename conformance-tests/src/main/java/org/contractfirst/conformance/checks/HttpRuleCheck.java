package org.contractfirst.conformance.checks;

/**
 * A check of a rule of HTTP itself (RFC 9110) that an OpenAPI document does not state: what it finds is an HTTP
 * finding. It judges how the server routes methods, which a path whose operations refuse the caller does not show.
 */
public interface HttpRuleCheck extends ScenarioCheck {

    @Override
    default Rulebook rulebook() {
        return Rulebook.HTTP;
    }

    @Override
    default boolean needsReach() {
        return true;
    }
}
