package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * {@code resilience.circuitBreaker}: the breaker judges the last {@code minimumCalls} calls and opens
 * when {@code failureRateThreshold} percent of them failed; open, it sends nothing for {@code openFor}.
 */
public record CircuitBreakerSettings(double failureRateThreshold, int minimumCalls, Duration openFor) {

    public static final CircuitBreakerSettings DEFAULTS = new CircuitBreakerSettings(50, 10, Duration.ofSeconds(30));

    public CircuitBreakerSettings {
        if (!(failureRateThreshold > 0 && failureRateThreshold <= 100)) {
            throw new IllegalArgumentException("failureRateThreshold must be in (0, 100]: " + failureRateThreshold);
        }
        if (minimumCalls < 1) {
            throw new IllegalArgumentException("minimumCalls must be at least 1: " + minimumCalls);
        }
        requireNonNull(openFor, "openFor is null");
        if (openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("openFor must be positive: " + openFor);
        }
    }
}
