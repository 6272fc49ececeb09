package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The three documented conditions, and EX5: fetch customer data, then set routing from it with an echo integration. */
class ConditionExamplesTest extends ExamplesEndToEndTest {

    @Test
    void theLanguageConditionSendsForEnglishAndFinnishOnly() throws Exception {
        String id = create("cond-language.json");
        crmAnswers("{}");

        sendEvent("cond-en", "chat", "");
        api.post("/v1/events", eventWith("cond-sv", "Received", "language", "SV"));

        assertThat(crmRequest().getTarget()).isEqualTo("/contact-pro-events/Received");
        JsonNode runs = awaitRuns(id, 2);
        assertThat(runs.findValuesAsText("status")).containsExactlyInAnyOrder("succeeded", "skipped");
        assertThat(runs.findValuesAsText("reason"))
                .anySatisfy(reason -> assertThat(reason).contains("condition is false"));
        assertThat(crm.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theAgeConditionSendsOnlyForConversationsCreatedTenMinutesAgo() throws Exception {
        String id = create("cond-seconds-since-created.json");
        crmAnswers("{}");

        api.post("/v1/events", eventWith("cond-old", "Transferred", "created", "2020-01-01T00:00:00Z"));
        api.post(
                "/v1/events",
                eventWith("cond-new", "Transferred", "created", Instant.now().toString()));

        assertThat(crmRequest().getMethod()).isEqualTo("PUT");
        assertThat(awaitRuns(id, 2).findValuesAsText("status")).containsExactlyInAnyOrder("succeeded", "skipped");
        assertThat(crm.getRequestCount()).isEqualTo(1);
    }

    /** Each run draws again: over 30 events both outcomes appear (all alike has a chance of 2 in a billion). */
    @Test
    void theRandomConditionSendsForSomeConversationsAndNotForOthers() {
        String id = create("cond-random.json");
        for (int i = 0; i < 30; i++) {
            crmAnswers("{}");
            sendEvent("cond-random-" + i, "phone", "");
        }

        Set<String> statuses = new HashSet<>(awaitRuns(id, 30).findValuesAsText("status"));
        assertThat(statuses).containsExactlyInAnyOrder("succeeded", "skipped");
    }

    @Test
    void ex5SetsThePreferredAgentOnlyForTopRankedCustomers() throws Exception {
        api.put(
                "/v1/directory/agents",
                "{\"agents\": [{\"id\": \"A-9\", \"chatAddress\": \"agent@acme.com\", \"name\": \"Top agent\"}]}");
        create("ex5-endpoint1-fetch-customer-record.json");
        create("ex5-endpoint2-echo-preferred-agent.json");
        crmAnswers(
                "{\"records\": [{\"id\": \"R-1\", \"fields\": {\"rank\": \"100\", \"agent\": \"agent@acme.com\"}}]}");
        crmAnswers("{\"records\": [{\"id\": \"R-2\", \"fields\": {\"rank\": \"40\", \"agent\": \"agent@acme.com\"}}]}");

        JsonNode top = sendEvent("ex5-top", "chat", "");
        JsonNode other = sendEvent("ex5-other", "chat", "");

        assertThat(crmRequest().getUrl().queryParameter("source")).isEqualTo("+358401234567");
        assertThat(crm.getRequestCount())
                .as("the echo integration makes no HTTP call")
                .isEqualTo(2);
        assertThat(top.at("/set/preferredAgent/id").asText()).isEqualTo("A-9");
        assertThat(top.at("/attachedData/rank").asText()).isEqualTo("100");
        assertThat(other.get("set").isEmpty()).isTrue();
        assertThat(other.at("/runs/1/status").asText()).isEqualTo("skipped");
    }

    /** A chat event of {@code conversation} whose contact has the given members changed. */
    private static String eventWith(String conversation, String eventName, String member, String value) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.putObject("event")
                .put("id", "evt-" + conversation)
                .put("name", eventName)
                .put("datetime", "2026-11-25T08:00:00Z");
        event.putObject("contact")
                .put("id", conversation)
                .put("channel_type", "chat")
                .put("direction", "inbound")
                .put("language", "EN")
                .put("created", "2026-11-25T07:59:58Z")
                .put("source", "+358401234567")
                .put(member, value);
        return event.toString();
    }

    /** Runs after the answer land in the run log a moment later. */
    private JsonNode awaitRuns(String integrationId, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode runs =
                api.get("/v1/integrations/" + integrationId + "/runs").body().get("runs");
        while (runs.size() < count && System.nanoTime() < deadline) {
            pause();
            runs = api.get("/v1/integrations/" + integrationId + "/runs").body().get("runs");
        }
        assertThat(runs).hasSize(count);
        return runs;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
