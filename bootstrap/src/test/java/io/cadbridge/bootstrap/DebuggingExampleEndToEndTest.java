package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Contact Pro's "Example CAD configuration for debugging" against a CRM that refuses, fails or does
 * not answer (ADR 0019): the agent sees what happened, the run stays failed and says what it saved.
 */
class DebuggingExampleEndToEndTest extends ExamplesEndToEndTest {

    @Test
    void aCrmAnswering401StillShowsTheAgentTheRequestAndTheStatus() throws Exception {
        String id = create("dbg-debug-cad.json");
        crmAlwaysAnswers(401, "{\"error\": \"no credentials\"}");

        sendEvent("dbg-401", "phone", "");

        JsonNode attached = api.awaitAttachedData("dbg-401", "/status").body().get("attachedData");
        assertThat(attached.get("status").asInt()).isEqualTo(401);
        assertThat(attached.get("config_id").asText()).isEqualToIgnoringCase(id);
        assertThat(attached.get("url").asText()).isEqualTo(crm.url("/data").toString());
        assertThat(attached.get("method").asText()).isEqualTo("GET");
        assertThat(attached.get("query_params").isObject()).isTrue();
        assertThat(attached.get("duration").isNumber()).isTrue();
        assertThat(lastRun(id).get("status").asText()).isEqualTo("failed");
        assertThat(lastRun(id).get("reason").asText())
                .isEqualTo("the CRM answered HTTP 401; saved 6 debugging key(s): "
                        + "config_id, url, query_params, method, status, duration");
    }

    @Test
    void aCrmAnswering500ShowsTheStatusOfTheLastAttempt() throws Exception {
        String id = create("dbg-debug-cad.json");
        crmAlwaysAnswers(500, "{\"error\": \"database down\"}");

        sendEvent("dbg-500", "phone", "");

        JsonNode attached = api.awaitAttachedData("dbg-500", "/status").body().get("attachedData");
        assertThat(attached.get("status").asInt()).isEqualTo(500);
        assertThat(attached.get("config_id").asText()).isEqualToIgnoringCase(id);
        assertThat(lastRun(id).get("status").asText()).isEqualTo("failed");
        assertThat(lastRun(id).get("httpStatus").asInt()).isEqualTo(500);
        assertThat(lastRun(id).get("reason").asText()).contains("saved 6 debugging key(s)");
    }

    @Test
    void aCrmThatDoesNotAnswerShowsANullStatusAndTheReasonInTheDebugObject() throws Exception {
        ObjectNode integration = example("dbg-debug-cad.json");
        ((ObjectNode) integration.at("/configuration/response/save")).put("debug", "{debug}");
        // Nothing listens on this port of this machine: the connection is refused.
        integration.put("endpointUrl", "http://127.0.0.1:" + FreePort.find() + "/data");
        String id = create(integration);

        sendEvent("dbg-none", "phone", "");

        JsonNode attached = api.awaitAttachedData("dbg-none", "/debug").body().get("attachedData");
        assertThat(attached.get("status").isNull()).isTrue();
        assertThat(attached.get("config_id").asText()).isEqualToIgnoringCase(id);
        assertThat(attached.get("method").asText()).isEqualTo("GET");
        assertThat(attached.get("duration").isNumber()).isTrue();
        assertThat(attached.at("/debug/status").isNull()).isTrue();
        assertThat(attached.at("/debug/error").asText())
                .isEqualTo(lastRun(id).get("reason").asText().split("; saved")[0]);
        assertThat(lastRun(id).get("status").asText()).isEqualTo("failed");
        assertThat(lastRun(id).has("httpStatus")).isFalse();
        assertThat(lastRun(id).get("reason").asText()).contains("saved 7 debugging key(s)");
    }

    @Test
    void keysThatReadTheAnswersBodyAreNotSavedFromAFailedAnswer() throws Exception {
        ObjectNode integration = example("dbg-debug-cad.json");
        ((ObjectNode) integration.at("/configuration/response/save"))
                .put("customer", "{response.body.id}")
                .put("greeting", "Hello {response.body.name}, status {response.status}")
                .put("source", "crm");
        String id = create(integration);
        crmAlwaysAnswers(404, "{\"error\": \"unknown caller\"}");

        sendEvent("dbg-404", "phone", "");

        JsonNode attached = api.awaitAttachedData("dbg-404", "/status").body().get("attachedData");
        assertThat(attached.get("status").asInt()).isEqualTo(404);
        assertThat(attached.has("customer")).as("reads the body").isFalse();
        assertThat(attached.has("greeting")).as("reads the body too").isFalse();
        assertThat(attached.has("source"))
                .as("a constant is customer data, not debugging")
                .isFalse();
        assertThat(lastRun(id).get("reason").asText())
                .endsWith("saved 6 debugging key(s): " + "config_id, url, query_params, method, status, duration");
    }

    private void crmAlwaysAnswers(int status, String body) {
        crm.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .code(status)
                        .addHeader("Content-Type", "application/json")
                        .body(body)
                        .build();
            }
        });
    }

    /** The integration's newest run, once there is one. */
    private JsonNode lastRun(String integrationId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode runs =
                api.get("/v1/integrations/" + integrationId + "/runs").body().get("runs");
        while (runs.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            runs = api.get("/v1/integrations/" + integrationId + "/runs").body().get("runs");
        }
        assertThat(runs).as("runs of " + integrationId).isNotEmpty();
        return runs.get(0);
    }
}
