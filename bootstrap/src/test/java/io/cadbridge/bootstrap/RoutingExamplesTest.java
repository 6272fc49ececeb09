package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** EX3: control the routing of conversations (combined, priority, preferred agent, required agents). */
class RoutingExamplesTest extends ExamplesEndToEndTest {

    private static final String QUEUE_ID = "C9177D585DA5EE11B3ED58961D1810CC";

    @BeforeEach
    void fillTheDirectory() {
        assertThat(api.put("/v1/directory/queues", """
                {"queues": [{"id": "%s", "channelType": "chat", "addresses": ["vip.chat@acme.com"], "name": "VIP chat"}]}
                """.formatted(QUEUE_ID)).status())
                .isEqualTo(200);
        assertThat(api.put("/v1/directory/agents", """
                {"agents": [{"id": "A-1", "chatAddress": "anna@acme.com", "number": "+3581001", "name": "Anna"},
                            {"id": "A-2", "chatAddress": "ben@acme.com", "name": "Ben"}]}
                """).status()).isEqualTo(200);
    }

    @Test
    void theCombinedExampleSetsPriorityQueuePreferredAndRequiredAgentsBeforeAnswering() throws Exception {
        create("ex3-routing-combined.json");
        crmAnswers("""
                {"priority": "20", "queue": {"address": "vip.chat@acme.com"}, "preferredAgent": "anna@acme.com",
                 "requiredAgents": {"agents": ["anna@acme.com", "ben@acme.com"], "timeout": 300}}""");

        JsonNode answer = sendEvent("ex3-conv", "chat", "");

        RecordedRequest request = crmRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(basic("cadbridge", "example-password"));
        assertThat(answer.at("/set/priority").asInt()).isEqualTo(20);
        assertThat(answer.at("/set/queue/id").asText()).isEqualTo(QUEUE_ID);
        assertThat(answer.at("/set/preferredAgent/id").asText()).isEqualTo("A-1");
        assertThat(answer.at("/set/requiredAgents/agents").findValuesAsText("id"))
                .containsExactly("A-1", "A-2");
        assertThat(answer.at("/set/requiredAgents/timeoutSeconds").asInt()).isEqualTo(300);
        assertThat(answer.at("/runs/0/status").asText()).isEqualTo("succeeded");
    }

    @Test
    void thePriorityExampleTakesANumberWrittenAsText() throws Exception {
        create("ex3-set-priority.json");
        crmAnswers("{\"priority\": \"100\"}");

        JsonNode answer = sendEvent("ex3-priority", "chat", "");

        assertThat(crmRequest().getMethod()).isEqualTo("GET");
        assertThat(answer.at("/set/priority").asInt()).isEqualTo(100);
    }

    @Test
    void thePreferredAgentExampleFiltersByTheSourceAndNamesTheAgentByChatAddress() throws Exception {
        create("ex3-set-preferred-agent.json");
        crmAnswers("{\"agent\": \"ben@acme.com\"}");

        JsonNode answer = sendEvent("ex3-preferred", "chat", "");

        RecordedRequest request = crmRequest();
        assertThat(request.getUrl().queryParameter("filter")).isEqualTo("source='+358401234567'");
        assertThat(answer.at("/set/preferredAgent/id").asText()).isEqualTo("A-2");
    }

    @Test
    void theRequiredAgentsExampleSetsTheAgentsAndTheirTimeout() throws Exception {
        create("ex3-set-required-agents.json");
        crmAnswers("{\"requiredAgents\": {\"agents\": [\"anna@acme.com\"], \"timeout\": \"60\"}}");

        JsonNode answer = sendEvent("ex3-required", "chat", "");

        assertThat(crmRequest().getUrl().queryParameter("phoneNumber")).isEqualTo("+358401234567");
        assertThat(answer.at("/set/requiredAgents/agents/0/id").asText()).isEqualTo("A-1");
        assertThat(answer.at("/set/requiredAgents/timeoutSeconds").asInt()).isEqualTo(60);
    }

    @Test
    void anInvalidValueSkipsItsOperationAndTheRunSaysWhy() throws Exception {
        create("ex3-routing-combined.json");
        crmAnswers("""
                {"priority": "urgent", "queue": {"address": "nowhere@acme.com"}, "preferredAgent": "anna@acme.com",
                 "requiredAgents": {"agents": ["ghost@acme.com"], "timeout": 5}}""");

        JsonNode answer = sendEvent("ex3-invalid", "chat", "");

        crmRequest();
        assertThat(answer.get("set").fieldNames()).toIterable().containsExactly("preferredAgent");
        assertThat(answer.at("/runs/0/reason").asText())
                .contains("skipped set priority")
                .contains("skipped set queue")
                .contains("ghost@acme.com");
    }
}
