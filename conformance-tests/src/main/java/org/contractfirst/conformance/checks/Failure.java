package org.contractfirst.conformance.checks;

/**
 * A behaviour a rule forbids: the check and the failure's stable code, where the rule is written (the OpenAPI
 * document, or HTTP itself: then it is an HTTP finding), the API and operation, the request as a curl command and
 * as a rest-assured test method (credentials hidden; empty for a request of bytes, which rest-assured cannot
 * send), the status and the start of the body received, what the rule expected, and how many requests failed the
 * same way.
 */
public record Failure(String check, String code, Rulebook rulebook, String api, String operation, String curl,
                      String restAssured, int status, String bodyStart, String expected, int count) {

    public Failure again() {
        return times(count + 1);
    }

    /** The same failure, counted {@code times} times. */
    public Failure times(int times) {
        return new Failure(check, code, rulebook, api, operation, curl, restAssured, status, bodyStart, expected, times);
    }

    /** Whether it fails a run by default: the OpenAPI document forbids it. An HTTP finding fails only a strict run. */
    public boolean failsByDefault() {
        return rulebook == Rulebook.OPENAPI;
    }

    /**
     * What makes two failures the same one: the check, the operation and the rule broken. The rule is what was
     * expected, less what names the instance ("a 4xx" of "a 4xx for id null"; "a 405" of "a 405 for PUT ...") and
     * the other checks the same answer broke: one fault of one operation is one entry, counted.
     */
    public String key() {
        return key(check, operation, expected);
    }

    /** The {@link #key()} of a failure of {@code check} and {@code operation} that expected {@code expected}. */
    public static String key(String check, String operation, String expected) {
        return check + "\u0000" + operation + "\u0000" + rule(expected);
    }

    /** What was expected, less its instance. */
    public String rule() {
        return rule(expected);
    }

    private static String rule(String expected) {
        String rule = expected;
        for (String instance : new String[] {" (the same answer also breaks ", " for "}) {
            int at = rule.indexOf(instance);
            rule = at < 0 ? rule : rule.substring(0, at);
        }
        return rule;
    }

    @Override
    public String toString() {
        return check + " [" + code + "] " + (failsByDefault() ? "failed" : "HTTP finding") + " for " + api + " " + operation + (count > 1 ? " (" + count + " requests)" : "") + "\n"
                + "  expected: " + expected + "\n"
                + "  received: " + (status == 0 ? "no response" : Integer.toString(status)) + " " + bodyStart + "\n"
                + "  reproduce: " + curl;
    }
}
