package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.IntegrationId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per integration, so one failing CRM never blocks the others. Failures are
 * calls without an answer and HTTP 5xx answers; 4xx answers mean the CRM is up and count as successes.
 * A refused or unusable OAuth token and a request that cannot be sent are configuration problems, not
 * an unavailable CRM: they count neither way, so the administrator sees them rather than "circuit open".
 */
final class IntegrationBreakers {

    private final CircuitBreakerRegistry registry;
    private final Clock clock;
    private final Duration openDuration;
    /** When each open breaker lets trial calls through again; Resilience4j does not expose it. */
    private final Map<String, Instant> retryAt = new ConcurrentHashMap<>();

    IntegrationBreakers(CrmClientSettings settings, Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
        this.openDuration = settings.openDuration();
        this.registry = CircuitBreakerRegistry.of(config(settings, clock));
        registry.getEventPublisher().onEntryAdded(added -> rememberOpenings(added.getAddedEntry()));
    }

    CircuitBreaker of(IntegrationId integration) {
        return registry.circuitBreaker(integration.toString());
    }

    Optional<Instant> retryAt(IntegrationId integration) {
        return Optional.ofNullable(retryAt.get(integration.toString()));
    }

    Instant now() {
        return clock.instant();
    }

    private void rememberOpenings(CircuitBreaker breaker) {
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                retryAt.put(breaker.getName(), clock.instant().plus(openDuration));
            }
        });
    }

    private static boolean isConfigurationProblem(Throwable failure) {
        return failure instanceof CrmCallException call && (call.kind() == Kind.AUTHENTICATION || call.kind() == Kind.INVALID_REQUEST);
    }

    private static CircuitBreakerConfig config(CrmClientSettings settings, Clock clock) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .failureRateThreshold(settings.failureRatePercent())
                .waitDurationInOpenState(settings.openDuration())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                .recordResult(result -> result instanceof CrmResponse response && response.status() >= 500)
                .ignoreException(IntegrationBreakers::isConfigurationProblem)
                .clock(clock)
                .build();
    }
}
