package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventValidationApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void anUnknownEventNameIsReportedWithTheContactProEvents() {
        ObjectNode event = event();
        ((ObjectNode) event.get("event")).put("name", "Recieved");

        ApiResponse response = api.post("/v1/events", event.toString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("validation_failed");
        assertThat(response.pointers()).containsExactly("/event/name");
        assertThat(response.messageAt("/event/name"))
                .startsWith("unknown event \"Recieved\"")
                .contains(
                        "one of Received, Queued, Allocated, Accepted, Rejected, Transferred, Forwarded, Ended, Closed");
    }

    @Test
    void everyMissingRequiredPropertyIsReportedAtOnce() {
        ApiResponse response = api.post("/v1/events", "{\"event\": {}, \"contact\": {}}");

        assertThat(response.pointers())
                .containsExactlyInAnyOrder(
                        "/event/id",
                        "/event/name",
                        "/event/datetime",
                        "/contact/id",
                        "/contact/channel_type",
                        "/contact/direction");
    }

    @Test
    void missingEventAndContactObjectsAreReported() {
        ApiResponse response = api.post("/v1/events", "{}");

        assertThat(response.pointers()).containsExactlyInAnyOrder("/event", "/contact");
    }

    @Test
    void knownPropertiesAreTypeChecked() {
        ObjectNode event = event();
        ((ObjectNode) event.get("event")).put("datetime", "29.12.2023 08:44");
        ObjectNode contact = (ObjectNode) event.get("contact");
        contact.put("priority", "high").put("channel_type", "fax").put("direction", "both");
        contact.putObject("queue");
        contact.putArray("skills").addObject().put("value", 5);
        contact.putArray("required_agents").add("agent-1");
        contact.putObject("agent").put("id", 42);

        ApiResponse response = api.post("/v1/events", event.toString());

        assertThat(response.pointers())
                .containsExactlyInAnyOrder(
                        "/event/datetime",
                        "/contact/priority",
                        "/contact/channel_type",
                        "/contact/direction",
                        "/contact/queue",
                        "/contact/skills/0/id",
                        "/contact/required_agents/0",
                        "/contact/agent/id");
        assertThat(response.messageAt("/event/datetime")).contains("ISO-8601");
    }

    @Test
    void aDatetimeWithoutOffsetIsRefused() {
        ObjectNode event = event();
        ((ObjectNode) event.get("event")).put("datetime", "2023-12-29T08:44:44.215");

        assertThat(api.post("/v1/events", event.toString()).pointers()).containsExactly("/event/datetime");
    }

    @Test
    void unknownContactPropertiesAndExplicitNullsAreAccepted() {
        ObjectNode event = event();
        ObjectNode contact = (ObjectNode) event.get("contact");
        contact.putNull("agent").putNull("skills").putNull("language").put("brand_new_property", true);
        event.put("also_new", 1);

        ApiResponse response = api.post("/v1/events", event.toString());

        assertThat(response.status()).isEqualTo(202);
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumn() {
        ApiResponse response = api.post("/v1/events", "{\"event\": {\"id\": \"e\",}}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("malformed_json");
        assertThat(response.json().at("/error/message").asText()).startsWith("malformed JSON at line 1, column");
    }

    private static ObjectNode event() {
        return TestJson.object(Examples.receivedEvent("evt-1"));
    }
}
