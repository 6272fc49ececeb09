package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

/**
 * Tuning of the outbound CRM client that is the service's, not an integration's (those are in each
 * integration's {@code resilience} configuration).
 *
 * @param maxResponseBytes largest response body read into memory, {@link #ONE_MIB} by default; a larger
 *     one fails the call while it streams in, it is never truncated
 * @param halfOpenCalls trial calls that decide whether a half-open circuit breaker closes again
 * @param allowedTargets the non-public addresses and hosts the SSRF guard lets calls reach
 *     ({@code CADBRIDGE_ALLOWED_TARGETS}); none by default
 */
public record CrmClientSettings(long maxResponseBytes, int halfOpenCalls, AllowedTargets allowedTargets) {

    public static final long ONE_MIB = 1024 * 1024;
    public static final int DEFAULT_HALF_OPEN_CALLS = 3;

    public CrmClientSettings {
        requirePositive(maxResponseBytes, "maxResponseBytes");
        requirePositive(halfOpenCalls, "halfOpenCalls");
        requireNonNull(allowedTargets, "allowedTargets is null");
    }

    public static CrmClientSettings defaults() {
        return new CrmClientSettings(ONE_MIB, DEFAULT_HALF_OPEN_CALLS, AllowedTargets.NONE);
    }

    public CrmClientSettings withMaxResponseBytes(long bytes) {
        return new CrmClientSettings(bytes, halfOpenCalls, allowedTargets);
    }

    public CrmClientSettings withHalfOpenCalls(int calls) {
        return new CrmClientSettings(maxResponseBytes, calls, allowedTargets);
    }

    public CrmClientSettings withAllowedTargets(AllowedTargets targets) {
        return new CrmClientSettings(maxResponseBytes, halfOpenCalls, targets);
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
