package io.cadbridge.application.port.out;

import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.Optional;

/** How the CRM calls of an integration are faring, as the CRM client's circuit breaker sees them. */
public interface CrmCallHealth {

    /** The integration's circuit breaker; empty when no call has been made for it since the service started. */
    Optional<CircuitView> circuit(IntegrationId integration);
}
