package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.support.jackson.JsonValues;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /v1/reports/contact-log}: one line per conversation, the kept keys as columns. */
class ContactLogApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @BeforeEach
    void keepTheCustomersNameAndNote() {
        String integration = Examples.SEED_INTEGRATION.replace(
                "\"customer_data\": {",
                "\"name\": \"{response.body.properties.firstname}\", \"note\": \"{response.body.note}\", \"customer_data\": {");
        assertThat(api.post("/v1/integrations", integration).status()).isEqualTo(201);
        api.put(
                "/v1/channels/phone/extra-data-settings",
                "{\"includedWhenAllocating\": [], \"includedInStatistics\": [\"name\", \"note\"]}");
    }

    @Test
    void theCsvHasTheFixedColumnsThenOneColumnPerKeptKeyQuotedAndSafeForSpreadsheets() throws Exception {
        crmAnswers(
                "{\"properties\": {\"firstname\": \"Aino, \\\"the boss\\\"\"}, \"note\": \"=HYPERLINK(\\\"http://x\\\")\"}");
        api.post("/v1/events", Examples.receivedEvent("evt-1"));

        ApiResponse csv =
                api.get("/v1/reports/contact-log?from=2023-12-01T00:00:00Z&to=2024-01-01T00:00:00Z&channel=phone");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body())
                .isEqualTo("conversationId,channelType,direction,queue,agent,startedAt,endedAt,closedAt,name,note\r\n"
                        + Examples.CONTACT_ID + ",phone,inbound,,,2023-12-29T08:44:44.215Z,,,"
                        + "\"Aino, \"\"the boss\"\"\",\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
    }

    @Test
    void anEmptyPeriodHasTheHeaderOnlyAndJsonHasTheSameLines() throws Exception {
        crmAnswers("{\"properties\": {\"firstname\": \"Aino\"}}");
        api.post("/v1/events", Examples.receivedEvent("evt-1"));

        ApiResponse empty = api.get("/v1/reports/contact-log?from=2025-01-01T00:00:00Z");
        ApiResponse json = api.get("/v1/reports/contact-log?format=json");

        assertThat(empty.body())
                .isEqualTo("conversationId,channelType,direction,queue,agent,startedAt,endedAt,closedAt,name,note\r\n");
        assertThat(json.json().get("columns")).hasSize(10);
        assertThat(json.json().at("/rows/0/extraData").toString()).isEqualTo("{\"name\":\"Aino\",\"note\":null}");
    }

    @Test
    void badParametersAreRefusedBeforeAnythingIsWritten() {
        assertBad("/v1/reports/contact-log?from=soon", "from");
        assertBad("/v1/reports/contact-log?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from");
        assertBad("/v1/reports/contact-log?channel=multi-channel", "channel");
        assertBad("/v1/reports/contact-log?format=xlsx", "format");
    }

    @Test
    void dailyCountsSayHowManyConversationsKeepEachValue() throws Exception {
        crmAnswers("{\"properties\": {\"firstname\": \"Aino\"}}");
        api.post("/v1/events", Examples.receivedEvent("evt-1"));
        // The API's clock stands at RunningApi.NOW (2024-01-02): the day the value was saved.
        ApiResponse daily = api.get("/v1/reports/extra-data/daily?key=name&from=2020-01-01&to=2020-12-31");
        ApiResponse january = api.get("/v1/reports/extra-data/daily?key=name&from=2024-01-01&to=2024-01-31");

        assertThat(daily.json().toString()).isEqualTo("{\"key\":\"name\",\"days\":[]}");
        assertThat(january.json().toString())
                .isEqualTo("{\"key\":\"name\",\"days\":[{\"day\":\"2024-01-02\",\"counts\":{\"Aino\":1}}]}");
        assertBad("/v1/reports/extra-data/daily?from=2026-01-01&to=2026-01-02", "key");
        assertBad("/v1/reports/extra-data/daily?key=name&from=2026-01-01", "to");
        assertBad("/v1/reports/extra-data/daily?key=name&from=1-Jan&to=2026-01-02", "from");
        assertBad("/v1/reports/extra-data/daily?key=name&from=2024-01-01&to=2026-01-02", "to");
        assertBad("/v1/reports/extra-data/daily?key=customerSecret&from=2026-01-01&to=2026-01-02", "key");
    }

    private void assertBad(String path, String parameter) {
        ApiResponse response = api.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalid_query_parameter");
        assertThat(response.json().at("/error/message").asText()).contains("\"" + parameter + "\"");
    }

    private void crmAnswers(String body) throws Exception {
        api.crm()
                .respond(new CrmResponse(
                        200,
                        Map.of("Content-Type", "application/json"),
                        Optional.of(JsonValues.parse(body)),
                        body,
                        Duration.ofMillis(5)));
    }
}
