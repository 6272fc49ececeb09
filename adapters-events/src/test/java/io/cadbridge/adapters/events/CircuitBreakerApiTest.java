package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.IntegrationId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CircuitBreakerApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void anIntegrationNeverCalledHasAClosedBreakerWithNothingCounted() {
        String id = api.createSeedIntegration();

        ApiResponse response = api.get("/v1/integrations/" + id + "/circuit-breaker");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString())
                .isEqualTo("{\"integrationId\":\"" + id
                        + "\",\"state\":\"closed\",\"bufferedCalls\":0,\"failedCalls\":0}");
    }

    @Test
    void anOpenBreakerShowsItsFailureRateAndWhenItTriesAgain() {
        String id = api.createSeedIntegration();
        api.circuits()
                .put(
                        IntegrationId.parse(id).orElseThrow(),
                        new CircuitView(
                                CircuitView.State.OPEN,
                                OptionalDouble.of(75),
                                4,
                                3,
                                Optional.of(Instant.parse("2024-01-02T03:04:35Z"))));

        ApiResponse response = api.get("/v1/integrations/" + id + "/circuit-breaker");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString())
                .isEqualTo("{\"integrationId\":\"" + id + "\",\"state\":\"open\",\"failureRate\":75.0,"
                        + "\"bufferedCalls\":4,\"failedCalls\":3,\"retryAt\":\"2024-01-02T03:04:35Z\"}");
    }

    @Test
    void aHalfOpenBreakerIsNamedWithAHyphen() {
        String id = api.createSeedIntegration();
        api.circuits()
                .put(
                        IntegrationId.parse(id).orElseThrow(),
                        new CircuitView(CircuitView.State.HALF_OPEN, OptionalDouble.empty(), 1, 0, Optional.empty()));

        assertThat(api.get("/v1/integrations/" + id + "/circuit-breaker")
                        .json()
                        .get("state")
                        .asText())
                .isEqualTo("half-open");
    }

    @Test
    void anUnknownIntegrationIsNotFound() {
        ApiResponse response = api.get("/v1/integrations/" + IntegrationId.random() + "/circuit-breaker");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("not_found");
    }

    @Test
    void aMalformedIdIsNotFoundToo() {
        assertThat(api.get("/v1/integrations/not-a-uuid/circuit-breaker").status())
                .isEqualTo(404);
    }
}
