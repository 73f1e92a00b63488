package org.contractfirst.client.runtime;

import java.time.Duration;

/**
 * When to send a call again after 429 or 503. Opt-in, because a retried write may be applied twice by a server
 * that answered 503 after all. The wait is the response's Retry-After when it has one, else {@code fallbackWait};
 * a Retry-After longer than {@code maxWait} ends the retries, so a call never blocks longer than the caller allowed.
 */
public record RetryPolicy(int maxAttempts, Duration fallbackWait, Duration maxWait) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    public static RetryPolicy onTooManyRequestsAndUnavailable(int maxAttempts, Duration fallbackWait, Duration maxWait) {
        return new RetryPolicy(maxAttempts, fallbackWait, maxWait);
    }

    boolean retries(int status, int attempt) {
        return attempt < maxAttempts && (status == 429 || status == 503);
    }
}
