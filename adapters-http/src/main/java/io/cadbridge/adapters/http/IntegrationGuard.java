package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.IntegrationId;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;

/** The Resilience4j objects guarding one integration's calls, built for one version of its settings. */
final class IntegrationGuard {

    private final IntegrationId integration;
    private final Clock clock;
    private final GuardSettings settings;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final RetryPolicy retryPolicy;
    private final Bulkhead bulkhead;
    private final Optional<RateLimiter> rateLimiter;
    private final Optional<ResponseCache> cache;
    /** When the open breaker lets trial calls through again; Resilience4j does not expose it. */
    private final AtomicReference<Instant> retryAt = new AtomicReference<>();

    IntegrationGuard(IntegrationId integration, GuardSettings settings, int halfOpenCalls, Clock clock) {
        this.integration = requireNonNull(integration, "integration is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        String name = integration.toString();
        var resilience = settings.resilience();
        this.breaker =
                CircuitBreaker.of(name, GuardConfigs.circuitBreaker(resilience.circuitBreaker(), halfOpenCalls, clock));
        this.retry = Retry.of(name, GuardConfigs.retry(resilience.retries().maxAttempts()));
        this.retryPolicy = new RetryPolicy(resilience.retries(), clock);
        this.bulkhead = Bulkhead.of(name, GuardConfigs.bulkhead(resilience.maxConcurrentCalls(), settings.timeout()));
        this.rateLimiter = resilience.rateLimit().isPresent()
                ? Optional.of(RateLimiter.of(
                        name, GuardConfigs.rateLimiter(resilience.rateLimit().getAsDouble(), settings.timeout())))
                : Optional.empty();
        this.cache = resilience.cacheTtl().map(ttl -> new ResponseCache(ttl, clock));
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                retryAt.set(clock.instant().plus(resilience.circuitBreaker().openFor()));
            }
        });
    }

    IntegrationId integration() {
        return integration;
    }

    Instant now() {
        return clock.instant();
    }

    GuardSettings settings() {
        return settings;
    }

    CircuitBreaker breaker() {
        return breaker;
    }

    Retry retry() {
        return retry;
    }

    RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    Bulkhead bulkhead() {
        return bulkhead;
    }

    Optional<RateLimiter> rateLimiter() {
        return rateLimiter;
    }

    Optional<ResponseCache> cache() {
        return cache;
    }

    Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt.get());
    }

    CircuitView view() {
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        float rate = metrics.getFailureRate();
        CircuitView.State state = switch (breaker.getState()) {
            case OPEN, FORCED_OPEN -> CircuitView.State.OPEN;
            case HALF_OPEN -> CircuitView.State.HALF_OPEN;
            case CLOSED, DISABLED, METRICS_ONLY -> CircuitView.State.CLOSED;
        };
        return new CircuitView(
                state,
                rate < 0 ? OptionalDouble.empty() : OptionalDouble.of(rate),
                metrics.getNumberOfBufferedCalls(),
                metrics.getNumberOfFailedCalls(),
                state == CircuitView.State.OPEN ? retryAt() : Optional.empty());
    }
}
