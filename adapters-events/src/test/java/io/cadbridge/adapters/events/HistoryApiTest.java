package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /v1/history/conversations}: conversations found by the values kept for them. */
class HistoryApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @BeforeEach
    void keepTheCustomerIdOfPhoneCalls() {
        String integration = Examples.SEED_INTEGRATION.replace(
                "\"customer_data\": {", "\"customerId\": \"{response.body.id}\", \"customer_data\": {");
        assertThat(api.post("/v1/integrations", integration).status()).isEqualTo(201);
        assertThat(api.put(
                                "/v1/channels/phone/extra-data-settings",
                                "{\"includedWhenAllocating\": [], \"includedInStatistics\": [\"customerId\"]}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aConversationIsFoundByTheExactValueOrItsBeginningWithItsRecordAndExtraData() {
        api.crm().respond(Examples.crmCustomer());
        api.post("/v1/events", Examples.receivedEvent("evt-1"));

        JsonNode exact =
                api.get("/v1/history/conversations?key=customerId&value=C-1001").json();
        JsonNode prefix = api.get("/v1/history/conversations?key=customerId&prefix=C-10&channel=phone")
                .json();
        JsonNode none =
                api.get("/v1/history/conversations?key=customerId&value=C-9999").json();

        assertThat(exact.at("/conversations/0/conversationId").asText()).isEqualTo(Examples.CONTACT_ID);
        assertThat(exact.at("/conversations/0/channelType").asText()).isEqualTo("phone");
        assertThat(exact.at("/conversations/0/direction").asText()).isEqualTo("inbound");
        assertThat(exact.at("/conversations/0/startedAt").asText()).isEqualTo("2023-12-29T08:44:44.215Z");
        assertThat(exact.at("/conversations/0/endedAt").isNull()).isTrue();
        assertThat(exact.at("/conversations/0/extraData").toString()).isEqualTo("{\"customerId\":\"C-1001\"}");
        assertThat(exact.get("nextCursor").isNull()).isTrue();
        assertThat(prefix.get("conversations")).hasSize(1);
        assertThat(none.get("conversations")).isEmpty();
    }

    @Test
    void aConversationsDetailListsItsValuesEventsAndRuns() {
        api.crm().respond(Examples.crmCustomer());
        api.post("/v1/events", Examples.receivedEvent("evt-1"));

        ApiResponse detail = api.get("/v1/history/conversations/" + Examples.CONTACT_ID);

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().at("/values/0/key").asText()).isEqualTo("customerId");
        assertThat(detail.json().at("/values/0/value").asText()).isEqualTo("C-1001");
        assertThat(detail.json().at("/values/0/eventId").asText()).isEqualTo("evt-1");
        assertThat(detail.json().at("/events/0/name").asText()).isEqualTo("Received");
        assertThat(detail.json().at("/runs/0/status").asText()).isEqualTo("succeeded");
        assertThat(api.get("/v1/history/conversations/UNKNOWN").status()).isEqualTo(404);
    }

    @Test
    void pagesAreLinkedByACursorThatCannotBeAltered() {
        for (int event = 1; event <= 3; event++) {
            api.crm().respond(Examples.crmCustomer());
            api.post(
                    "/v1/events", Examples.receivedEvent("evt-" + event).replace(Examples.CONTACT_ID, "CONV-" + event));
        }

        JsonNode first = api.get("/v1/history/conversations?key=customerId&value=C-1001&limit=2")
                .json();
        String cursor = first.get("nextCursor").asText();
        JsonNode second = api.get("/v1/history/conversations?key=customerId&value=C-1001&limit=2&cursor=" + cursor)
                .json();
        ApiResponse altered =
                api.get("/v1/history/conversations?key=customerId&value=C-1001&cursor=" + cursor.replace('.', 'x'));

        assertThat(first.get("conversations")).hasSize(2);
        assertThat(second.get("conversations")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(altered.status()).isEqualTo(400);
        assertThat(altered.json().at("/error/message").asText()).contains("\"cursor\"");
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        assertBadParameter("/v1/history/conversations?value=C-1001", "key");
        assertBadParameter("/v1/history/conversations?key=customerId", "value");
        assertBadParameter("/v1/history/conversations?key=customerId&value=a&prefix=b", "prefix");
        assertBadParameter("/v1/history/conversations?key=unknownKey&value=a", "key");
        assertBadParameter("/v1/history/conversations?key=customerId&value=a&from=yesterday", "from");
        assertBadParameter(
                "/v1/history/conversations?key=customerId&value=a&from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z",
                "from");
        assertBadParameter("/v1/history/conversations?key=customerId&value=a&channel=fax", "channel");
        assertBadParameter("/v1/history/conversations?key=customerId&value=a&limit=501", "limit");
        assertThat(api.get("/v1/history/conversations?key=unknownKey&value=a")
                        .json()
                        .at("/error/message")
                        .asText())
                .contains("kept keys: customerId");
    }

    private void assertBadParameter(String path, String parameter) {
        ApiResponse response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalid_query_parameter");
        assertThat(response.json().at("/error/message").asText()).as(path).contains("\"" + parameter + "\"");
    }
}
