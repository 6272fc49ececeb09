package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code CADBRIDGE_LOG_FORMAT=json} on the real service in its own JVM (ADR 0027): an integration
 * sends the caller's phone number and two secrets to a CRM on this machine that hangs up on every
 * request, so the CRM client and the engine log warnings; the output is then read line by line.
 */
class JsonLogsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "+4915112345678";
    /** In every form the number takes: +49…, %2B49…, 49…, 0151… */
    private static final String PHONE_DIGITS = "15112345678";

    private static final String BASIC_PASSWORD = "basic-password-Hy7Qe3";
    private static final String API_SECRET = "api-secret-Zq8Lk2Vx";
    private static final String EVENT_ID = "json-logs-event-1";
    private static final String CONVERSATION_ID = "json-logs-conversation-1";

    @TempDir
    Path work;

    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    @AfterEach
    void stopEverything() throws Exception {
        while (!running.isEmpty()) {
            running.pop().close();
        }
    }

    @Test
    void everyLineIsJsonTheFailedCallsLinesNameTheEventAndNoLineHoldsThePhoneNumberOrASecret() throws Exception {
        RestartablePostgres postgres = keep(RestartablePostgres.start(work.resolve("postgres")));
        MockWebServer crm = keep(hangingUpCrm());
        ServiceProcess service =
                keep(ServiceProcess.start("json-logs", postgres.jdbcUrl(), work, Map.of(LogFormat.VARIABLE, "json")));
        ApiClient api = service.api();
        ApiClient.Answer created = api.post("/v1/integrations", integration(crm.getPort()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String integrationId = created.body().get("id").asText();

        ApiClient.Answer accepted = api.post("/v1/events", event());
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(202);
        assertThat(Waiting.until(() -> hasRun(api, integrationId), Duration.ofSeconds(30)))
                .as("the run is recorded\n%s", service.logTail())
                .isTrue();

        assertTheCrmWasSentThePhoneNumberAndTheSecrets(crm.takeRequest(5, TimeUnit.SECONDS));
        List<String> lines = service.printedLines();
        List<JsonNode> logged = parsedEveryOneOf(lines);
        assertTheFailedCallsLinesNameTheEvent(logged, integrationId);
        String basicHeader =
                Base64.getEncoder().encodeToString(("cadbridge:" + BASIC_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String line : lines) {
            assertThat(line).doesNotContain(PHONE_DIGITS, BASIC_PASSWORD, API_SECRET, basicHeader);
        }
    }

    private static List<JsonNode> parsedEveryOneOf(List<String> lines) {
        assertThat(lines).as("the service printed something").isNotEmpty();
        List<JsonNode> logged = new ArrayList<>();
        for (String line : lines) {
            JsonNode json;
            try {
                json = JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
            assertThat(json.isObject()).as(line).isTrue();
            assertThat(json.path("level").asText()).as(line).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
            assertThat(json.path("message").isTextual()).as(line).isTrue();
            assertThat(json.path("logger_name").isTextual()).as(line).isTrue();
            assertThat(json.path("thread_name").isTextual()).as(line).isTrue();
            String timestamp = json.path("@timestamp").asText();
            assertThat(timestamp).as(line).endsWith("Z");
            assertThat(Instant.parse(timestamp)).as(line).isBefore(Instant.now());
            logged.add(json);
        }
        return logged;
    }

    /** The CRM client's warning and the engine's, both logged on the step's thread while the call failed. */
    private static void assertTheFailedCallsLinesNameTheEvent(List<JsonNode> logged, String integrationId) {
        List<JsonNode> failures = logged.stream()
                .filter(json -> json.path("level").asText().equals("WARN"))
                .filter(json -> json.path("logger_name").asText().endsWith(".RetrofitCrmClient")
                        || json.path("logger_name").asText().endsWith(".IntegrationRunner"))
                .toList();
        assertThat(failures)
                .extracting(json -> json.path("logger_name").asText())
                .contains(
                        "io.cadbridge.adapters.http.RetrofitCrmClient",
                        "io.cadbridge.application.processing.IntegrationRunner");
        for (JsonNode failure : failures) {
            assertThat(failure.path("eventId").asText()).as(failure.toString()).isEqualTo(EVENT_ID);
            assertThat(failure.path("conversationId").asText())
                    .as(failure.toString())
                    .isEqualTo(CONVERSATION_ID);
            assertThat(failure.path("integrationId").asText())
                    .as(failure.toString())
                    .isEqualToIgnoringCase(integrationId);
            assertThat(failure.path("jobId").asText()).as(failure.toString()).isNotEmpty();
            assertThat(failure.path("message").asText()).as(failure.toString()).contains("/contacts/****/lookup");
        }
        // A real line, for the operations guide.
        System.out.println("JSON log line of a failed CRM call: " + failures.getFirst());
    }

    /** Without this the test would prove nothing: the values it looks for in the logs were really sent. */
    private static void assertTheCrmWasSentThePhoneNumberAndTheSecrets(RecordedRequest request) {
        assertThat(request).as("the CRM received the call").isNotNull();
        assertThat(request.getUrl().queryParameter("phone")).isEqualTo(PHONE);
        assertThat(request.getUrl().queryParameter("api_key")).isEqualTo(API_SECRET);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/contacts/%2B4915112345678/lookup");
        assertThat(request.getHeaders().get("X-Crm-Authorization")).isEqualTo("Bearer " + API_SECRET);
        assertThat(request.getHeaders().get("Authorization")).startsWith("Basic ");
    }

    private static boolean hasRun(ApiClient api, String integrationId) {
        JsonNode runs =
                api.get("/v1/integrations/" + integrationId + "/runs").body().path("runs");
        return !runs.isEmpty() && runs.get(0).path("status").asText().equals("failed");
    }

    /** A CRM on 127.0.0.1 that reads each request and closes the connection without answering. */
    private static MockWebServer hangingUpCrm() throws IOException {
        MockWebServer crm = new MockWebServer();
        crm.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .onResponseStart(new SocketEffect.CloseSocket())
                        .build();
            }
        });
        crm.start(InetAddress.getByName("127.0.0.1"), 0);
        return crm;
    }

    private static String integration(int crmPort) {
        return """
                {"name": "JSON logs lookup", "channelType": "phone",
                 "endpointUrl": "http://127.0.0.1:%d/contacts/{contact.source}/lookup",
                 "direction": "inbound", "events": ["Received"], "scope": {"directConversations": true, "queues": []},
                 "credentials": {"username": "cadbridge", "password": "%s"},
                 "authentications": {"crm": "%s"},
                 "configuration": {
                   "request": {"method": "GET", "authentication": {"type": "basic"},
                               "headers": {"X-Crm-Authorization": "Bearer {authentications.crm}"},
                               "params": {"phone": "{contact.source}", "api_key": "{authentications.crm}"}},
                   "response": {"save": {"customer": "{response.body.id}"}}}}
                """.formatted(crmPort, BASIC_PASSWORD, API_SECRET);
    }

    private static String event() {
        return """
                {"event": {"id": "%s", "name": "Received", "datetime": "2026-12-05T08:00:00Z"},
                 "contact": {"id": "%s", "guid": "G-json-logs", "channel_type": "phone", "direction": "inbound",
                             "created": "2026-12-05T07:59:58.120Z", "language": "EN", "priority": 100,
                             "source": "%s", "destination": "+4930901820"}}
                """.formatted(EVENT_ID, CONVERSATION_ID, PHONE);
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.push(resource);
        return resource;
    }
}
