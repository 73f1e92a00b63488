package org.contractfirst.spec.breaking;

/**
 * One change between two versions of a spec, as data: the rule that judged it, how it lands, where the element is
 * written in the old and in the new file, and one sentence for people.
 */
public record Change(String rule, Severity severity, Location before, Location after, String message) {

    public boolean breaking() {
        return severity == Severity.BREAKING;
    }

    @Override
    public String toString() {
        return severity.label() + " " + rule + " " + before + " -> " + after + ": " + message;
    }
}
