package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Tuning of the outbound CRM client.
 *
 * @param maxResponseBytes largest response body read into memory; a larger one fails the call
 * @param slidingWindowSize number of recent calls per integration the circuit breaker judges (count based)
 * @param minimumNumberOfCalls calls needed in the window before the breaker may open
 * @param failureRatePercent failure rate (timeouts, connection errors, HTTP 5xx) at which the breaker opens
 * @param openDuration how long an open breaker refuses calls before letting trial calls through
 * @param halfOpenCalls trial calls that decide whether the breaker closes again
 */
public record CrmClientSettings(
        long maxResponseBytes,
        int slidingWindowSize,
        int minimumNumberOfCalls,
        float failureRatePercent,
        Duration openDuration,
        int halfOpenCalls) {

    public static final long ONE_MIB = 1024 * 1024;

    public CrmClientSettings {
        requirePositive(maxResponseBytes, "maxResponseBytes");
        requirePositive(slidingWindowSize, "slidingWindowSize");
        requirePositive(minimumNumberOfCalls, "minimumNumberOfCalls");
        requirePositive(halfOpenCalls, "halfOpenCalls");
        if (!(failureRatePercent > 0 && failureRatePercent <= 100)) {
            throw new IllegalArgumentException("failureRatePercent must be in (0, 100]: " + failureRatePercent);
        }
        requireNonNull(openDuration, "openDuration is null");
        if (openDuration.isNegative() || openDuration.isZero()) {
            throw new IllegalArgumentException("openDuration must be positive: " + openDuration);
        }
    }

    public static CrmClientSettings defaults() {
        return new CrmClientSettings(ONE_MIB, 10, 5, 50, Duration.ofSeconds(30), 3);
    }

    public CrmClientSettings withMaxResponseBytes(long bytes) {
        return new CrmClientSettings(bytes, slidingWindowSize, minimumNumberOfCalls, failureRatePercent, openDuration, halfOpenCalls);
    }

    public CrmClientSettings withCircuitBreaker(int windowSize, int minimumCalls, float failureRate, Duration open, int halfOpen) {
        return new CrmClientSettings(maxResponseBytes, windowSize, minimumCalls, failureRate, open, halfOpen);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
