package org.contractfirst.conformance.checks;

/**
 * What a request was sent to find out, which decides which response checks judge its answer: a valid request's
 * status must be documented; a deliberately bad one's is judged by the check that sent it; a request without or
 * with a wrong credential by the auth check; a failure a sandbox credential provokes is the answer wanted.
 */
public enum Intent {
    VALID,
    INVALID,
    UNAUTHENTICATED,
    PROVOKED
}
