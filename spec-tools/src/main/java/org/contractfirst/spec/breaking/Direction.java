package org.contractfirst.spec.breaking;

/**
 * Who writes an element and who reads it. A request is written by clients and read by servers, so a tightened
 * constraint breaks the clients that relied on the old one; a response is written by servers and read by clients, so
 * a loosened guarantee breaks the clients that relied on it.
 */
public enum Direction {
    REQUEST("a value clients sent before may now be rejected", "servers accept what they accepted before"),
    RESPONSE("servers promise what they promised before", "clients may now receive values they did not expect");

    private final String tightened;
    private final String loosened;

    Direction(String tightened, String loosened) {
        this.tightened = tightened;
        this.loosened = loosened;
    }

    /** What a tightened ({@code true}) or loosened constraint means to the other side, for people. */
    public String consequence(boolean tightened) {
        return tightened ? this.tightened : loosened;
    }
}
