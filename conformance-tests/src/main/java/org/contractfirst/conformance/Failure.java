package org.contractfirst.conformance;

/**
 * One place where a server breaks its contract: the check, the API and operation, the request as a curl command,
 * the status and the start of the body received, and what the spec expected.
 */
public record Failure(String check, String api, String operation, String curl, int status, String bodyStart,
                      String expected) {

    @Override
    public String toString() {
        return check + " failed for " + api + " " + operation + "\n"
                + "  expected: " + expected + "\n"
                + "  received: " + status + " " + bodyStart + "\n"
                + "  reproduce: " + curl;
    }
}
