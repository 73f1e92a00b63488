package org.contractfirst.conformance;

/**
 * A behaviour the spec forbids: the check and the failure's stable code, the API and operation, the request as a
 * curl command (credentials hidden), the status and the start of the body received, what the spec expected, and
 * how many requests failed the same way.
 */
public record Failure(String check, String code, String api, String operation, String curl, int status, String bodyStart,
                      String expected, int count) {

    public Failure again() {
        return new Failure(check, code, api, operation, curl, status, bodyStart, expected, count + 1);
    }

    /** What makes two failures the same one: the check, the operation and what was expected. */
    public String key() {
        return check + "\u0000" + operation + "\u0000" + expected;
    }

    @Override
    public String toString() {
        return check + " [" + code + "] failed for " + api + " " + operation + (count > 1 ? " (" + count + " requests)" : "") + "\n"
                + "  expected: " + expected + "\n"
                + "  received: " + (status == 0 ? "no response" : Integer.toString(status)) + " " + bodyStart + "\n"
                + "  reproduce: " + curl;
    }
}
