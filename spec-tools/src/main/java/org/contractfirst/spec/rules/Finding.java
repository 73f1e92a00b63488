package org.contractfirst.spec.rules;

/**
 * One place where a spec breaks a rule: the rule's id, the spec file, a JSON pointer into it, and what is wrong.
 */
public record Finding(String rule, String file, String pointer, String message) {

    @Override
    public String toString() {
        return rule + " " + file + "#" + pointer + ": " + message;
    }
}
