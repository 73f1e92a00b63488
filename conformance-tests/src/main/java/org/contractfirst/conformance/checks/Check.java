package org.contractfirst.conformance.checks;

/**
 * A named conformance check, reported by its name (Schemathesis style: {@code status_code_conformance}) and by a
 * stable code ({@code CF110}) that the README maps to the Web Fuzzing Commons fault categories.
 */
public interface Check {

    String name();

    String code();

    /** Where the rule this check judges by is written; most are the OpenAPI document's own. */
    default Rulebook rulebook() {
        return Rulebook.OPENAPI;
    }
}
