package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ReadCircuitBreakerUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.IntegrationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * {@code GET /v1/integrations/{id}/circuit-breaker}: whether the integration's CRM calls are sent.
 * {@code failureRate} is absent until the breaker has seen enough calls to judge, {@code retryAt} unless it is open.
 */
final class CircuitBreakerRoutes implements ApiRoutes {

    private final ReadCircuitBreakerUseCase circuits;
    private final JsonBodies json;

    @Inject
    CircuitBreakerRoutes(ReadCircuitBreakerUseCase circuits, JsonBodies json) {
        this.circuits = requireNonNull(circuits, "circuits is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                IntegrationRoutes.COLLECTION + "/{id}/circuit-breaker",
                this::read,
                Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void read(Context ctx) {
        IntegrationId id = PathParameters.integrationId(ctx);
        CircuitView circuit = circuits.circuitBreaker(id).orElseThrow(() -> PathParameters.noIntegration(id));
        json.write(ctx, 200, write(id, circuit));
    }

    static ObjectNode write(IntegrationId id, CircuitView circuit) {
        ObjectNode node = JsonNodeFactory.instance
                .objectNode()
                .put("integrationId", id.toString())
                .put("state", circuit.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        circuit.failureRate().ifPresent(rate -> node.put("failureRate", rate));
        node.put("bufferedCalls", circuit.bufferedCalls()).put("failedCalls", circuit.failedCalls());
        circuit.retryAt().ifPresent(at -> node.put("retryAt", at.toString()));
        return node;
    }
}
