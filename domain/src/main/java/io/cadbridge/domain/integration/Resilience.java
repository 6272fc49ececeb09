package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How the CRM call of one integration copes with a failing or slow CRM: the {@code resilience} member
 * of the configuration. The per-attempt timeout stays {@code request.timeout}.
 *
 * @param retries when and how often a call is tried again
 * @param circuitBreaker when calls stop being sent to a failing CRM
 * @param maxConcurrentCalls calls to this integration's CRM in progress at once; one more fails at once
 * @param rateLimit calls per second at most; empty for no limit
 * @param cacheTtl how long a successful answer is reused for an identical request; empty for no cache
 * @param deadline the whole call, retries and waits included, ends within this; empty for the default
 *     ({@link #deadline(Duration)})
 */
public record Resilience(
        RetrySettings retries,
        CircuitBreakerSettings circuitBreaker,
        int maxConcurrentCalls,
        OptionalDouble rateLimit,
        Optional<Duration> cacheTtl,
        Optional<Duration> deadline) {

    public static final int DEFAULT_MAX_CONCURRENT_CALLS = 100;
    public static final Resilience DEFAULTS = new Resilience(
            RetrySettings.DEFAULTS,
            CircuitBreakerSettings.DEFAULTS,
            DEFAULT_MAX_CONCURRENT_CALLS,
            OptionalDouble.empty(),
            Optional.empty(),
            Optional.empty());

    public Resilience {
        requireNonNull(retries, "retries is null");
        requireNonNull(circuitBreaker, "circuitBreaker is null");
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("maxConcurrentCalls must be at least 1: " + maxConcurrentCalls);
        }
        requireNonNull(rateLimit, "rateLimit is null");
        if (rateLimit.isPresent() && !(rateLimit.getAsDouble() > 0)) {
            throw new IllegalArgumentException("rateLimit must be positive: " + rateLimit.getAsDouble());
        }
        requirePositive(requireNonNull(cacheTtl, "cacheTtl is null"), "cacheTtl");
        requirePositive(requireNonNull(deadline, "deadline is null"), "deadline");
    }

    /**
     * The total deadline of one call: the configured one, else every attempt at its longest (twice the
     * timeout, see {@code request.timeout}) — 60 s with the default timeout and attempts.
     */
    public Duration deadline(Duration timeout) {
        return deadline.orElseGet(() -> timeout.multipliedBy(2L * retries.maxAttempts()));
    }

    private static void requirePositive(Optional<Duration> duration, String name) {
        if (duration.isPresent()
                && (duration.get().isNegative() || duration.get().isZero())) {
            throw new IllegalArgumentException(name + " must be positive: " + duration.get());
        }
    }
}
