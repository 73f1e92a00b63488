package org.contractfirst.client.runtime;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a Retry-After header, in either of its forms: delay seconds or an HTTP date. */
final class RetryAfter {

    private final Clock clock;

    RetryAfter() {
        this(Clock.systemUTC());
    }

    RetryAfter(Clock clock) {
        this.clock = clock;
    }

    Optional<Duration> of(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).flatMap(this::parse);
    }

    Optional<Duration> parse(String value) {
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException beyondAnyWait) {
                return Optional.empty();
            }
        }
        try {
            ZonedDateTime until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), until.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
