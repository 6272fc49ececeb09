package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IntegrationsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void creatingAnIntegrationAnswers201WithItsLocationAndNeverEchoesSecrets() {
        ApiResponse created = api.post("/v1/integrations", Examples.SEED_INTEGRATION);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.header("Location"))
                .isEqualTo("/v1/integrations/" + body.get("id").asText());
        assertThat(created.body()).doesNotContain(Examples.PASSWORD).doesNotContain("key-value-never-echoed");
        assertThat(body.get("credentials").toString()).isEqualTo("{\"username\":\"cadbridge\",\"passwordSet\":true}");
        assertThat(body.get("authentications").toString()).isEqualTo("[\"api-key\"]");
    }

    @Test
    void theStoredIntegrationComesBackWithDefaultsAndItsConfigurationVerbatim() {
        String location =
                api.post("/v1/integrations", Examples.SEED_INTEGRATION).header("Location");

        JsonNode read = api.get(location).json();

        assertThat(read.get("name").asText()).isEqualTo("Fetch customer data");
        assertThat(read.get("channelType").asText()).isEqualTo("phone");
        assertThat(read.get("direction").asText()).isEqualTo("both");
        assertThat(read.get("ordinal").asInt()).isEqualTo(1);
        assertThat(read.get("enabled").asBoolean()).isTrue();
        assertThat(read.get("events").toString()).isEqualTo("[\"Received\",\"Transferred\",\"Forwarded\"]");
        assertThat(read.get("scope").toString()).isEqualTo("{\"directConversations\":true,\"queues\":[\"*\"]}");
        assertThat(read.get("configuration")).isEqualTo(seed().get("configuration"));
        assertThat(read.get("configuration").at("/request/timeout").toString()).isEqualTo("14.5");
    }

    @Test
    void numbersInTheConfigurationComeBackAsWritten() {
        String body = Examples.SEED_INTEGRATION.replace("\"timeout\": 14.5", "\"timeout\": 14.50");

        ApiResponse created = api.post("/v1/integrations", body);

        assertThat(created.body()).contains("\"timeout\":14.50");
        assertThat(api.get(created.header("Location")).body()).contains("\"timeout\":14.50");
    }

    @Test
    void listingShowsEveryIntegration() {
        api.post("/v1/integrations", Examples.SEED_INTEGRATION);
        api.post("/v1/integrations", Examples.SEED_INTEGRATION.replace("Fetch customer data", "Second"));

        ApiResponse list = api.get("/v1/integrations");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("integrations"))
                .extracting(node -> node.get("name").asText())
                .containsExactlyInAnyOrder("Fetch customer data", "Second");
        assertThat(list.body()).doesNotContain(Examples.PASSWORD);
    }

    @Test
    void replacingChangesTheDefinitionAndKeepsSecretsThatAreLeftOut() {
        String location =
                api.post("/v1/integrations", Examples.SEED_INTEGRATION).header("Location");
        ObjectNode seed = seed();
        seed.remove(List.of("credentials", "authentications"));
        String changed = seed.put("name", "Renamed").put("enabled", false).toString();

        ApiResponse replaced = api.put(location, changed);

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("name").asText()).isEqualTo("Renamed");
        assertThat(replaced.json().get("enabled").asBoolean()).isFalse();
        assertThat(replaced.json().at("/credentials/passwordSet").asBoolean()).isTrue();
        assertThat(replaced.json().get("authentications").toString()).isEqualTo("[\"api-key\"]");
        assertThat(api.get(location).json().get("name").asText()).isEqualTo("Renamed");
    }

    @Test
    void replacingWithNullSecretsRemovesThem() {
        String location =
                api.post("/v1/integrations", Examples.SEED_INTEGRATION).header("Location");
        ObjectNode seed = seed().putNull("credentials").putNull("authentications");
        seed.set("configuration", TestJson.object("{\"request\": {\"method\": \"GET\"}}"));
        String withoutBasicAuthentication = seed.toString();

        ApiResponse replaced = api.put(location, withoutBasicAuthentication);

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("credentials").isNull()).isTrue();
        assertThat(replaced.json().get("authentications").toString()).isEqualTo("[]");
    }

    @Test
    void removingTheCredentialsOfABasicAuthenticationIntegrationIsRefused() {
        String location =
                api.post("/v1/integrations", Examples.SEED_INTEGRATION).header("Location");
        String withoutCredentials = seed().putNull("credentials").toString();

        ApiResponse refused = api.put(location, withoutCredentials);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("validation_failed");
        assertThat(refused.pointers()).containsExactly("/credentials");
    }

    @Test
    void replacingAnUnknownIntegrationAnswers404() {
        ApiResponse response =
                api.put("/v1/integrations/9d7c1a52-5c1e-4c9b-9b62-6f4f6e0f3a11", Examples.SEED_INTEGRATION);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("not_found");
    }

    @Test
    void deletingAnswers204AndTheIntegrationIsGone() {
        String location =
                api.post("/v1/integrations", Examples.SEED_INTEGRATION).header("Location");

        ApiResponse deleted = api.delete(location);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.get(location).status()).isEqualTo(404);
        assertThat(api.delete(location).status()).isEqualTo(404);
    }

    @Test
    void anIdThatIsNoUuidNamesNoIntegration() {
        ApiResponse response = api.get("/v1/integrations/not-a-uuid");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("not_found");
        assertThat(response.json().at("/error/message").asText()).contains("not-a-uuid");
    }

    private static ObjectNode seed() {
        return TestJson.object(Examples.SEED_INTEGRATION);
    }
}
