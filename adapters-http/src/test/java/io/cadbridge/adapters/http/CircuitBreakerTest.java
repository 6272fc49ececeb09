package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.CircuitBreakerSettings;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Resilience;
import io.cadbridge.domain.integration.RetrySettings;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    /** Lets 1 trial call through a half-open breaker. */
    private static final CrmClientSettings SETTINGS =
            CrmClientSettings.defaults().withHalfOpenCalls(1);
    /** Opens once 2 of the last 4 calls failed, stays open 30 s; one attempt per call. */
    private static final Resilience BREAKER = new Resilience(
            RetrySettings.DEFAULTS.withMaxAttempts(1),
            new CircuitBreakerSettings(50, 4, Duration.ofSeconds(30)),
            100,
            OptionalDouble.empty(),
            Optional.empty(),
            Optional.empty());

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock();
    private final IntegrationId integration = IntegrationId.random();
    private CrmClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = TestClients.with(SETTINGS, clock);
    }

    @AfterEach
    void stop() throws Exception {
        TestClients.close(client);
        server.close();
    }

    private CrmResponse call(IntegrationId id) throws CrmCallException {
        return client.send(
                id,
                Requests.request(HttpMethod.GET, server.url("/contacts").toString())
                        .resilience(BREAKER)
                        .build());
    }

    private void failFourTimes(IntegrationId id) throws CrmCallException {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(503).build());
            assertThat(call(id).status()).isEqualTo(503);
        }
    }

    @Test
    void repeatedServerErrorsOpenTheCircuitAndLaterCallsFailFastWithoutReachingTheServer() throws Exception {
        failFourTimes(integration);
        server.enqueue(new MockResponse.Builder().body("never sent").build());

        CrmCallException refused = catchThrowableOfType(CrmCallException.class, () -> call(integration));

        assertThat(refused.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
        assertThat(refused)
                .hasMessageContaining(integration.toString())
                .hasMessageContaining("until 2026-01-15T09:00:30Z")
                .hasMessageContaining("in 30 s");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void connectionFailuresOpenTheCircuitToo() throws Exception {
        server.close();
        for (int i = 0; i < 4; i++) {
            assertThat(catchThrowableOfType(CrmCallException.class, () -> call(integration))
                            .kind())
                    .isEqualTo(Kind.CONNECTION);
        }

        assertThat(catchThrowableOfType(CrmCallException.class, () -> call(integration))
                        .kind())
                .isEqualTo(Kind.CIRCUIT_OPEN);
    }

    @Test
    void clientErrorsMeanTheCrmIsUpAndKeepTheCircuitClosed() throws Exception {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder().code(404).build());
            assertThat(call(integration).status()).isEqualTo(404);
        }
    }

    @Test
    void integrationsHaveIndependentBreakers() throws Exception {
        failFourTimes(integration);
        IntegrationId other = IntegrationId.random();
        server.enqueue(new MockResponse.Builder().body("fine").build());

        assertThat(call(other).text()).isEqualTo("fine");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void afterTheOpenPeriodASuccessfulTrialCallClosesTheCircuit() throws Exception {
        failFourTimes(integration);
        clock.advance(Duration.ofSeconds(31));
        server.enqueue(new MockResponse.Builder().body("back").build());
        server.enqueue(new MockResponse.Builder().body("still fine").build());

        assertThat(call(integration).text()).isEqualTo("back");
        assertThat(call(integration).text()).isEqualTo("still fine");
    }

    @Test
    void aFailedTrialCallOpensTheCircuitForAnotherPeriod() throws Exception {
        failFourTimes(integration);
        clock.advance(Duration.ofSeconds(31));
        server.enqueue(new MockResponse.Builder().code(500).build());
        assertThat(call(integration).status()).isEqualTo(500);

        CrmCallException refused = catchThrowableOfType(CrmCallException.class, () -> call(integration));

        assertThat(refused.kind()).isEqualTo(Kind.CIRCUIT_OPEN);
        assertThat(refused).hasMessageContaining("until 2026-01-15T09:01:01Z");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }
}
