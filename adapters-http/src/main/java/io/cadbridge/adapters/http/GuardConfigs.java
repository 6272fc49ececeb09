package io.cadbridge.adapters.http;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.CircuitBreakerSettings;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;

/** Resilience4j configurations from an integration's settings. */
final class GuardConfigs {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private GuardConfigs() {}

    /**
     * The breaker judges the last {@code minimumCalls} calls. Failures are calls without an answer and HTTP 5xx
     * answers; 4xx answers mean the CRM is up and count as successes. A refused or unusable OAuth token and a
     * request that cannot be sent are configuration problems, not an unavailable CRM: they count neither way,
     * so the administrator sees them rather than "circuit open".
     */
    static CircuitBreakerConfig circuitBreaker(CircuitBreakerSettings settings, int halfOpenCalls, Clock clock) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.minimumCalls())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold((float) settings.failureRateThreshold())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(halfOpenCalls)
                .recordResult(result -> result instanceof CrmResponse response && response.status() >= 500)
                .ignoreException(GuardConfigs::isConfigurationProblem)
                .clock(clock)
                .build();
    }

    /** The attempts decide themselves whether to go on (see {@link GuardedCall}); Resilience4j counts and waits. */
    static RetryConfig retry(int maxAttempts) {
        return RetryConfig.<GuardedCall.Attempt>custom()
                .maxAttempts(maxAttempts)
                .retryOnResult(attempt -> attempt.retryIn().isPresent())
                // A failure worth another attempt comes back as a result; whatever is thrown is final.
                .retryOnException(failure -> false)
                // Only retried results get here (no exception is retried), so the outcome is never a failure.
                .intervalBiFunction((number, outcome) ->
                        outcome.get().retryIn().orElse(Duration.ZERO).toMillis())
                .failAfterMaxAttempts(false)
                .build();
    }

    /**
     * A call finding the bulkhead full waits up to {@code wait} (the request's timeout) for a slot:
     * a burst of queued runs (after a restart, say) waits its turn on virtual threads instead of
     * failing unsent; a CRM that stays slow still fails the calls over the limit, after that wait.
     */
    static BulkheadConfig bulkhead(int maxConcurrentCalls, Duration wait) {
        return BulkheadConfig.custom()
                .maxConcurrentCalls(maxConcurrentCalls)
                .maxWaitDuration(wait)
                .build();
    }

    /**
     * {@code callsPerSecond} of 1 or more allows that many (rounded down) per second; below 1, one call
     * every {@code 1 / callsPerSecond} seconds. A call waits at most {@code timeout} for its turn.
     */
    static RateLimiterConfig rateLimiter(double callsPerSecond, Duration timeout) {
        boolean perSecond = callsPerSecond >= 1;
        return RateLimiterConfig.custom()
                .limitForPeriod(perSecond ? (int) Math.floor(callsPerSecond) : 1)
                .limitRefreshPeriod(
                        perSecond
                                ? Duration.ofSeconds(1)
                                : Duration.ofNanos((long) (NANOS_PER_SECOND / callsPerSecond)))
                .timeoutDuration(timeout)
                .build();
    }

    private static boolean isConfigurationProblem(Throwable failure) {
        return failure instanceof CrmCallException call
                && (call.kind() == Kind.AUTHENTICATION || call.kind() == Kind.INVALID_REQUEST);
    }
}
