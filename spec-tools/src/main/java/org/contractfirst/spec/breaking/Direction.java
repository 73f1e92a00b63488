package org.contractfirst.spec.breaking;

/**
 * Who writes an element and who reads it. A request is written by clients and read by servers, so a tightened
 * constraint breaks the clients that relied on the old one; a response is written by servers and read by clients, so
 * a loosened guarantee breaks the clients that relied on it.
 */
public enum Direction {
    REQUEST("request", "a value clients sent before may now be rejected", "servers accept what they accepted before"),
    RESPONSE("response", "servers promise what they promised before", "clients may now receive values they did not expect");

    private final String prefix;
    private final String tightened;
    private final String loosened;

    Direction(String prefix, String tightened, String loosened) {
        this.prefix = prefix;
        this.tightened = tightened;
        this.loosened = loosened;
    }

    /** The first word of the rule ids of this direction: {@code request} or {@code response}. */
    public String prefix() {
        return prefix;
    }

    /** What a tightened ({@code true}) or loosened constraint means to the other side, for people. */
    public String consequence(boolean tightened) {
        return tightened ? this.tightened : loosened;
    }

    /** Whether a tightened ({@code true}) or loosened constraint breaks this direction. */
    public boolean breaks(boolean tightened) {
        return tightened == (this == REQUEST);
    }
}
