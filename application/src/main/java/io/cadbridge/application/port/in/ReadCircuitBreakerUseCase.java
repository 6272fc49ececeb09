package io.cadbridge.application.port.in;

import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.Optional;

/** Administrators see whether an integration's CRM calls are being sent or held back by its circuit breaker. */
public interface ReadCircuitBreakerUseCase {

    /** @return the breaker's state, closed with nothing counted when it was never called; empty when no integration has this id */
    Optional<CircuitView> circuitBreaker(IntegrationId id);
}
