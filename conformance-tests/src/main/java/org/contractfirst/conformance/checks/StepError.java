package org.contractfirst.conformance.checks;

/** A step of the run that could not finish: the suite's own trouble, reported with its stack, never the server's. */
public record StepError(String check, String api, String operation, String message, String stack) {

    @Override
    public String toString() {
        return check + " could not run on " + api + " " + operation + ": " + message + "\n" + stack;
    }
}
