package org.contractfirst.spec.breaking;

/** How a change lands on the other side of the wire. */
public enum Severity {
    /** A client or server written against the old spec can fail against the new one. */
    BREAKING,
    /** Everything written against the old spec still works. */
    COMPATIBLE,
    /** Nothing on the wire changes, but people should know (a deprecation, a new default). */
    INFORMATIONAL;

    public String label() {
        return name().toLowerCase();
    }
}
