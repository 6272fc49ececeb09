package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    private String integrationId;

    @BeforeEach
    void createTheSeedIntegration() {
        integrationId = api.createSeedIntegration();
    }

    /** The seed neither blocks nor sets routing, so it runs after the answer; its run is in the run log. */
    @Test
    void anEventAnswersAtOnceAndTheSeedIntegrationRunsAfterTheAnswer() {
        api.crm().respond(Examples.crmCustomer());

        ApiResponse response = api.post("/v1/events", Examples.receivedEvent("evt-1"));

        assertThat(response.status()).as("committed, nothing to wait for").isEqualTo(202);
        JsonNode body = response.json();
        assertThat(body.get("eventId").asText()).isEqualTo("evt-1");
        assertThat(body.get("conversationId").asText()).isEqualTo(Examples.CONTACT_ID);
        assertThat(body.get("duplicate").asBoolean()).isFalse();
        assertThat(body.get("runs").isEmpty()).isTrue();
        assertThat(body.at("/pending/0").asText()).isEqualTo(integrationId);
        assertThat(body.has("set")).isFalse();
        JsonNode run =
                api.get("/v1/integrations/" + integrationId + "/runs").json().at("/runs/0");
        assertThat(run.get("status").asText()).isEqualTo("succeeded");
        assertThat(run.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(run.get("eventId").asText()).isEqualTo("evt-1");
        assertThat(api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data")
                        .json()
                        .at("/attachedData/customer_data")
                        .toString())
                .isEqualTo("""
                {"id":"C-1001","firstname":"Aino","lastname":"Virtanen","company":"Acme Oy","jobtitle":"CTO","lastticket":"8002"}""");
    }

    @Test
    void aBlockingIntegrationIsReportedInTheAnswerWithTheSavedData() {
        String blocking =
                Examples.SEED_INTEGRATION.replace("\"method\": \"GET\",", "\"method\": \"GET\", \"block\": true,");
        String id = api.put("/v1/integrations/" + integrationId, blocking)
                .json()
                .get("id")
                .asText();
        api.crm().respond(Examples.crmCustomer());

        JsonNode body = api.post("/v1/events", Examples.receivedEvent("evt-1")).json();

        assertThat(body.at("/attachedData/customer_data/lastticket").asText()).isEqualTo("8002");
        JsonNode run = body.at("/runs/0");
        assertThat(run.get("integrationId").asText()).isEqualTo(id);
        assertThat(run.get("integrationName").asText()).isEqualTo("Fetch customer data");
        assertThat(run.get("status").asText()).isEqualTo("succeeded");
        assertThat(run.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(run.get("durationMs").isNumber()).isTrue();
        assertThat(run.get("reason").asText()).contains("saved 1 attached-data key");
        assertThat(body.get("pending").isEmpty()).isTrue();
    }

    @Test
    void theCrmIsCalledWithBasicAuthenticationAndThePhoneNumberOfTheCaller() {
        api.crm().respond(Examples.crmCustomer());

        api.post("/v1/events", Examples.receivedEvent("evt-1"));

        OutboundRequest request = api.crm().requests().getFirst();
        assertThat(request.url()).isEqualTo("https://crm.example.com/api/customers");
        assertThat(request.queryParameters()).containsEntry("phone", "+358401234567");
        assertThat(request.credentials()).hasValueSatisfying(credentials -> {
            assertThat(credentials.username()).isEqualTo("cadbridge");
            assertThat(credentials.password()).isEqualTo(Examples.PASSWORD);
        });
    }

    @Test
    void theAttachedDataOfTheConversationCanBeReadAfterwards() {
        api.crm().respond(Examples.crmCustomer());
        api.post("/v1/events", Examples.receivedEvent("evt-1"));

        ApiResponse response = api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("conversationId").asText()).isEqualTo(Examples.CONTACT_ID);
        assertThat(response.json().at("/attachedData/customer_data/lastticket").asText())
                .isEqualTo("8002");
        assertThat(response.json().at("/attachedData/customer_data/company").asText())
                .isEqualTo("Acme Oy");
        assertThat(response.json().get("updatedAt").asText()).isEqualTo(RunningApi.NOW.toString());
    }

    @Test
    void theSameEventIdTwiceIsADuplicateAndTheCrmIsCalledOnce() {
        api.crm().respond(Examples.crmCustomer());
        api.post("/v1/events", Examples.receivedEvent("evt-1"));

        ApiResponse again = api.post("/v1/events", Examples.receivedEvent("evt-1"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().toString()).isEqualTo("""
                {"eventId":"evt-1","conversationId":"%s","duplicate":true,"runs":[]}""".formatted(Examples.CONTACT_ID));
        assertThat(api.crm().requests()).hasSize(1);
    }

    @Test
    void anEventThatTriggersNothingIsAcceptedAndTheConversationIsKnown() {
        ApiResponse response =
                api.post("/v1/events", Examples.receivedEvent("evt-2").replace("\"Received\"", "\"Accepted\""));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("pending").isEmpty()).isTrue();
        assertThat(api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data")
                        .json()
                        .get("attachedData")
                        .isEmpty())
                .isTrue();
        assertThat(api.crm().requests()).isEmpty();
    }

    @Test
    void aFailingCrmIsRecordedInTheRunLogAndSavesNothing() {
        api.crm().respond(new CrmResponse(503, Map.of(), Optional.empty(), "maintenance", Duration.ofMillis(5)));

        ApiResponse response = api.post("/v1/events", Examples.receivedEvent("evt-3"));

        assertThat(response.status()).isEqualTo(202);
        JsonNode run =
                api.get("/v1/integrations/" + integrationId + "/runs").json().at("/runs/0");
        assertThat(run.get("status").asText()).isEqualTo("failed");
        assertThat(run.get("httpStatus").asInt()).isEqualTo(503);
        assertThat(run.get("reason").asText()).contains("503");
        assertThat(api.get("/v1/conversations/" + Examples.CONTACT_ID + "/attached-data")
                        .json()
                        .get("attachedData")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void theKeysThePhoneChannelIncludesInStatisticsAreSaved() {
        api.put(
                "/v1/channels/phone/extra-data-settings",
                "{\"includedWhenAllocating\": [], \"includedInStatistics\": [\"customer_data\"]}");
        api.crm().respond(Examples.crmCustomer());

        api.post("/v1/events", Examples.receivedEvent("evt-4"));

        assertThat(api.queue().savedValues(new ConversationId(Examples.CONTACT_ID)))
                .extracting(StatisticsEntry::key)
                .containsExactly("customer_data");
    }

    @Test
    void aConversationNobodyReportedIsNotFound() {
        ApiResponse response = api.get("/v1/conversations/UNKNOWN-CONTACT/attached-data");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("not_found");
        assertThat(response.json().at("/error/message").asText()).contains("UNKNOWN-CONTACT");
        assertThat(response.json().at("/error/details").isArray()).isTrue();
    }
}
