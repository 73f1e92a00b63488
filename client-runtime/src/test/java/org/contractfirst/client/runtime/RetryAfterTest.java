package org.contractfirst.client.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private final RetryAfter retryAfter = new RetryAfter(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void delaySeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), retryAfter.parse("7"));
    }

    @Test
    void anHttpDateIsTheTimeLeftUntilIt() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), retryAfter.parse("Mon, 23 Nov 2026 10:01:30 GMT"));
        assertEquals(Optional.of(Duration.ZERO), retryAfter.parse("Mon, 23 Nov 2026 09:00:00 GMT"));
    }

    @Test
    void anythingElseIsIgnored() {
        assertEquals(Optional.empty(), retryAfter.parse("soon"));
        assertEquals(Optional.empty(), retryAfter.parse(""));
        assertEquals(Optional.empty(), retryAfter.parse("99999999999999999999"));
    }
}
