package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HealthApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void livenessNeverAsksTheDatabaseAndReadinessSaysWhyNot() {
        assertThat(api.anonymous("/v1/health/live").status()).isEqualTo(200);
        ApiResponse ready = api.anonymous("/v1/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asText()).isEqualTo("ready");

        api.databaseStopsAnswering();

        ApiResponse notReady = api.anonymous("/v1/health/ready");
        assertThat(notReady.status()).isEqualTo(503);
        assertThat(notReady.json().get("reason").asText()).contains("the database did not answer within 1500 ms");
        assertThat(notReady.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.anonymous("/v1/health/live").status()).isEqualTo(200);
        assertThat(api.anonymous("/v1/health").status()).isEqualTo(200);
    }
}
