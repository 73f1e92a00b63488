package org.contractfirst.conformance;

/** A named conformance check, reported by its name (Schemathesis style: {@code status_code_conformance}). */
public interface Check {

    String name();
}
