package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReadCircuitBreakerUseCase;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.Optional;

/** The circuit breaker of integrations that exist; one never called is closed with nothing counted. */
public final class CircuitBreakerService implements ReadCircuitBreakerUseCase {

    private final IntegrationRepository integrations;
    private final CrmCallHealth health;

    public CircuitBreakerService(IntegrationRepository integrations, CrmCallHealth health) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.health = requireNonNull(health, "health is null");
    }

    @Override
    public Optional<CircuitView> circuitBreaker(IntegrationId id) {
        requireNonNull(id, "id is null");
        return integrations.findById(id).map(integration -> health.circuit(id).orElse(CircuitView.UNUSED));
    }
}
