package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * {@code resilience.retries}: how often a failed call is tried again and how long to wait in between.
 *
 * @param maxAttempts attempts in all, the first included; 1 turns retries off
 * @param initialBackoff the wait before the first retry; each further wait doubles, with random jitter
 * @param maxBackoff the longest wait between attempts
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a CRM asking for longer is not retried
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public static final RetrySettings DEFAULTS =
            new RetrySettings(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        requireNonNull(initialBackoff, "initialBackoff is null");
        requireNonNull(maxBackoff, "maxBackoff is null");
        requireNonNull(maxRetryAfter, "maxRetryAfter is null");
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "backoffs need 0 < initialBackoff <= maxBackoff: " + initialBackoff + ", " + maxBackoff);
        }
        if (maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must not be negative: " + maxRetryAfter);
        }
    }

    public RetrySettings withMaxAttempts(int attempts) {
        return new RetrySettings(attempts, initialBackoff, maxBackoff, maxRetryAfter);
    }
}
