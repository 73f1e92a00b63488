package org.contractfirst.conformance.checks;

/**
 * A gap in the spec that leaves a rule unjudgeable, such as an operation that documents no error response or a
 * secured one without a 401: reported apart from failures, never as the server's fault, and a failure only in
 * {@code --strict} runs.
 */
public record SpecFinding(String rule, String api, String operation, String message) {

    @Override
    public String toString() {
        return rule + " " + api + " " + operation + ": " + message;
    }
}
