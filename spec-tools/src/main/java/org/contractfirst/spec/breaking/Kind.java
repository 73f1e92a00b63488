package org.contractfirst.spec.breaking;

/** A kind of change a rule reports: its stable id, as documented in specs/README.md, and its severity. */
public record Kind(String id, Severity severity) {

    /** How the id of a deprecate-first kind ends: it is its removal's id with this, and comes with that removal. */
    public static final String WITHOUT_DEPRECATION = "-without-deprecation";

    public static Kind breaking(String id) {
        return new Kind(id, Severity.BREAKING);
    }

    public static Kind compatible(String id) {
        return new Kind(id, Severity.COMPATIBLE);
    }

    public static Kind informational(String id) {
        return new Kind(id, Severity.INFORMATIONAL);
    }
}
