package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestRunApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    private String integrationId;

    @BeforeEach
    void createTheSeedIntegration() {
        integrationId = api.createSeedIntegration();
    }

    @Test
    void aTestRunTracesEveryStepAndLeavesNothingBehind() {
        api.crm().respond(Examples.crmCustomer());

        ApiResponse response =
                api.post("/v1/integrations/" + integrationId + "/test", Examples.receivedEvent("evt-test"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode trace = response.json();
        assertThat(trace.at("/trigger/matched").asBoolean()).isTrue();
        assertThat(trace.get("status").asText()).isEqualTo("succeeded");
        assertThat(trace.at("/request/method").asText()).isEqualTo("GET");
        assertThat(trace.at("/request/queryParameters/phone").asText()).isEqualTo("+358401234567");
        assertThat(trace.at("/request/authentication").asText())
                .contains("basic")
                .contains("****");
        assertThat(trace.at("/request/proxy").asText()).isEqualTo("auto");
        assertThat(trace.at("/response/status").asInt()).isEqualTo(200);
        assertThat(trace.at("/response/body/id").asText()).isEqualTo("C-1001");
        assertThat(trace.at("/saved/customer_data/lastticket").asText()).isEqualTo("8002");
        assertThat(response.body()).doesNotContain(Examples.PASSWORD);
        assertThat(api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/v1/integrations/" + integrationId + "/runs")
                        .json()
                        .get("runs")
                        .isEmpty())
                .isTrue();
        api.crm().respond(Examples.crmCustomer());
        assertThat(api.post("/v1/events", Examples.receivedEvent("evt-test"))
                        .json()
                        .get("duplicate")
                        .asBoolean())
                .as("the test run did not record the event id")
                .isFalse();
    }

    @Test
    void anUnsavedDefinitionCanBeTestedAndItsSecretsAreMaskedInTheTrace() {
        String definition = Examples.SEED_INTEGRATION.replace(
                "\"headers\": {\"Accept\": \"application/json\"}",
                "\"headers\": {\"x-api-key\": \"{authentications.api-key}\"}");
        api.crm().respond(Examples.crmCustomer());

        ApiResponse response = api.post(
                "/v1/integrations/test",
                "{\"integration\": " + definition + ", "
                        + Examples.receivedEvent("evt-draft").strip().substring(1));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().at("/request/headers/x-api-key").asText()).isEqualTo("****");
        assertThat(response.body()).doesNotContain("key-value-never-echoed");
        assertThat(api.crm().requests().getFirst().headers()).containsEntry("x-api-key", "key-value-never-echoed");
    }

    @Test
    void anEventThatDoesNotTriggerTheIntegrationSaysWhyAndCallsNothing() {
        ApiResponse response = api.post(
                "/v1/integrations/" + integrationId + "/test",
                Examples.receivedEvent("evt-accepted").replace("\"Received\"", "\"Accepted\""));

        assertThat(response.json().get("status").asText()).isEqualTo("not_triggered");
        assertThat(response.json().at("/trigger/reason").asText()).contains("Accepted");
        assertThat(api.crm().requests()).isEmpty();
    }

    @Test
    void anInvalidUnsavedDefinitionPointsIntoTheIntegrationMember() {
        String broken = Examples.SEED_INTEGRATION.replace("\"method\": \"GET\"", "\"method\": \"FETCH\"");

        ApiResponse response = api.post(
                "/v1/integrations/test",
                "{\"integration\": " + broken + ", "
                        + Examples.receivedEvent("evt-broken").strip().substring(1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/error/details").findValuesAsText("pointer"))
                .contains("/integration/configuration/request/method");
    }

    @Test
    void testingAnUnknownIntegrationIsNotFound() {
        assertThat(api.post("/v1/integrations/00000000-0000-0000-0000-000000000000/test", Examples.receivedEvent("e"))
                        .status())
                .isEqualTo(404);
    }
}
