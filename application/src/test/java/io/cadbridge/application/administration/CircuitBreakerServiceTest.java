package io.cadbridge.application.administration;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryIntegrationRepository;
import io.cadbridge.application.port.out.contract.IntegrationSamples;
import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CircuitBreakerServiceTest {

    private static final CircuitView OPEN = new CircuitView(
            CircuitView.State.OPEN, OptionalDouble.of(75), 4, 3, Optional.of(Instant.parse("2024-01-01T12:00:30Z")));

    private final InMemoryIntegrationRepository integrations = new InMemoryIntegrationRepository();
    private final Map<IntegrationId, CircuitView> breakers = new HashMap<>();
    private final CircuitBreakerService service =
            new CircuitBreakerService(integrations, id -> Optional.ofNullable(breakers.get(id)));

    @Test
    void anIntegrationsBreakerIsShownAsTheCrmClientSeesIt() {
        Integration integration = saved();
        breakers.put(integration.id(), OPEN);

        assertThat(service.circuitBreaker(integration.id())).contains(OPEN);
    }

    @Test
    void anIntegrationNeverCalledHasAClosedBreakerWithNothingCounted() {
        assertThat(service.circuitBreaker(saved().id())).contains(CircuitView.UNUSED);
    }

    @Test
    void anUnknownIntegrationHasNoBreakerEvenWhenTheClientStillKeepsOne() {
        IntegrationId deleted = IntegrationId.random();
        breakers.put(deleted, OPEN);

        assertThat(service.circuitBreaker(deleted)).isEmpty();
    }

    private Integration saved() {
        Integration integration = IntegrationSamples.named("CRM lookup", 1);
        integrations.save(integration);
        return integration;
    }
}
