package org.contractfirst.spec.breaking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One change between two versions of a spec, as data: the rule that judged it, how it lands, where the element is
 * written in the old and in the new file, one sentence for people, and its fingerprint.
 */
public record Change(String rule, Severity severity, Location before, Location after, String message,
                     String fingerprint) {

    /** The length of a fingerprint in hex digits: short enough to read in a review, long enough never to collide. */
    private static final int FINGERPRINT_DIGITS = 16;

    public boolean breaking() {
        return severity == Severity.BREAKING;
    }

    /**
     * What identifies a change across commits: its rule, where it is (a component's pointer, else the element named
     * by operation, place and name, never by line) and what happened (the old and the new value). Edits elsewhere in
     * the spec leave it as it was; an edit to the change itself (another new value) makes it another change.
     */
    static String fingerprintOf(String rule, String message) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((rule + "\n" + message).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, FINGERPRINT_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The same change told in other words; its fingerprint stays. */
    Change withMessage(String other) {
        return new Change(rule, severity, before, after, other, fingerprint);
    }

    @Override
    public String toString() {
        return severity.label() + " " + rule + " " + before + " -> " + after + ": " + message;
    }
}
