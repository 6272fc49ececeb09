package io.cadbridge.adapters.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds, or an HTTP date. */
final class RetryAfter {

    /** Longer than any wait anyone honours; keeps absurd values from overflowing. */
    private static final Duration FOREVER = Duration.ofDays(365);

    private RetryAfter() {}

    /** The wait the server asked for, zero for a date in the past; empty when the value is neither form. */
    static Optional<Duration> parse(String value, Instant now) {
        String text = value.trim();
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return Optional.of(text.length() > 8 ? FOREVER : Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
