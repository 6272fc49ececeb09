package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An integration whose target the SSRF guard will refuse is saved, with a warning that says so. */
class TargetWarningsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void aRefusedTargetIsSavedWithAWarningAtItsPointer() {
        api.world().targets.refuse("127.0.0.1");

        ApiResponse saved = api.post(
                "/v1/integrations",
                Examples.SEED_INTEGRATION.replaceFirst(
                        "\"endpointUrl\": \"[^\"]*\"", "\"endpointUrl\": \"https://127.0.0.1/latest/meta-data\""));

        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(saved.json().at("/warnings/0/pointer").asText()).isEqualTo("/endpointUrl");
        assertThat(saved.json().at("/warnings/0/message").asText()).contains("127.0.0.1 will be refused");
        assertThat(api.post("/v1/integrations", Examples.SEED_INTEGRATION)
                        .json()
                        .has("warnings"))
                .isFalse();
    }
}
