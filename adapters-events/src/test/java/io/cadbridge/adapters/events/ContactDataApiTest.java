package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contact Pro's CMI {@code /contactData}: the kept values, read any time, updated after the end. */
class ContactDataApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    private final String path = "/v1/conversations/" + Examples.CONTACT_ID + "/contact-data";

    @BeforeEach
    void aCallThatKeptItsCustomerId() {
        String integration = Examples.SEED_INTEGRATION.replace(
                "\"customer_data\": {", "\"customerId\": \"{response.body.id}\", \"customer_data\": {");
        api.post("/v1/integrations", integration);
        api.put(
                "/v1/channels/phone/extra-data-settings",
                "{\"includedWhenAllocating\": [], \"includedInStatistics\": [\"customerId\", \"outcome\"]}");
        api.crm().respond(Examples.crmCustomer());
        api.post("/v1/events", Examples.receivedEvent("evt-1"));
    }

    @Test
    void theKeptValuesAreReadAndUpdatedOnceTheConversationHasEnded() {
        assertThat(api.get(path).json().toString())
                .isEqualTo("{\"conversationId\":\"" + Examples.CONTACT_ID
                        + "\",\"contactData\":{\"customerId\":\"C-1001\"}}");
        ApiResponse tooEarly = api.post(path, "{\"outcome\": \"sale\"}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().at("/error/message").asText()).contains("has not ended");

        api.post("/v1/events", Examples.receivedEvent("evt-2").replace("\"Received\"", "\"Ended\""));
        ApiResponse updated = api.post(path, "{\"outcome\": \"sale\"}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("contactData").toString())
                .isEqualTo("{\"customerId\":\"C-1001\",\"outcome\":\"sale\"}");
        assertThat(api.get("/v1/history/conversations/" + Examples.CONTACT_ID)
                        .json()
                        .at("/values/1/eventId")
                        .asText())
                .isEqualTo("contact-data:bootstrap");
    }

    @Test
    void onlyKeptKeysAreUpdatedAndAnUnknownConversationIsNotFound() {
        api.post("/v1/events", Examples.receivedEvent("evt-2").replace("\"Received\"", "\"Closed\""));

        ApiResponse response = api.post(path, "{\"outcome\": \"sale\", \"creditCard\": \"4111\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.pointers()).containsExactly("/creditCard");
        assertThat(api.get(path).json().get("contactData").toString()).isEqualTo("{\"customerId\":\"C-1001\"}");
        assertThat(api.post(path, "[1]").pointers()).containsExactly("");
        assertThat(api.get("/v1/conversations/UNKNOWN/contact-data").status()).isEqualTo(404);
        assertThat(api.post("/v1/conversations/UNKNOWN/contact-data", "{\"outcome\": \"x\"}")
                        .status())
                .isEqualTo(404);
    }
}
