package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SchemaApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void theIntegrationSchemaIsServedWithoutATokenAsSchemaJson() {
        ApiResponse response = api.anonymous("/v1/schemas/integration.json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/schema+json");
        assertThat(response.body()).isEqualTo(IntegrationSchema.text());
        assertThat(response.json().get("$id").asText()).isEqualTo(IntegrationSchema.ID);
    }

    @Test
    void theSchemaIsServedToTokenHoldersToo() {
        assertThat(api.get("/v1/schemas/integration.json").status()).isEqualTo(200);
    }

    @Test
    void anUnknownSchemaIsNotFound() {
        ApiResponse response = api.anonymous("/v1/schemas/secrets.json");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("not_found");
    }

    /** Only the schema routes are open: look-alike paths lead nowhere, and the other routes need a token. */
    @Test
    void opennessStopsAtTheSchemas() {
        assertThat(api.anonymous("/v1/schemas").status()).isEqualTo(404);
        assertThat(api.anonymous("/v1/schemasx/integration.json").status()).isEqualTo(404);
        assertThat(api.anonymous("/v1/integrations").status()).isEqualTo(401);
    }
}
