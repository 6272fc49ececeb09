package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.adapters.http.AllowedTargets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The documented Contact Pro examples ({@code domain/src/test/resources/examples}), pasted as they
 * are (only the endpoint's host is pointed at a local CRM), run by the assembled service: what was
 * sent, what was attached, what was set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExamplesEndToEndTest {

    static final String TOKEN = "examples-end-to-end-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger IDS = new AtomicInteger();

    private Path dataDirectory;
    protected CadbridgeService service;
    protected ApiClient api;
    protected MockWebServer crm;

    @BeforeAll
    void startService() throws IOException {
        dataDirectory = Files.createTempDirectory("cadbridge-examples");
        ServiceSettings settings =
                settings(new ServiceSettings(0, dataDirectory, Optional.empty(), Optional.of(TOKEN), 0, true)
                        .withAllowedTargets(AllowedTargets.LOOPBACK));
        service = CadbridgeService.start(
                settings, false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        api = new ApiClient(service.apiPort(), TOKEN);
    }

    /** The settings the service starts with; a test class may change them. */
    protected ServiceSettings settings(ServiceSettings defaults) {
        return defaults;
    }

    @AfterAll
    void stopService() throws IOException {
        service.close();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    @BeforeEach
    void startCrm() throws IOException {
        crm = new MockWebServer();
        crm.start();
    }

    @AfterEach
    void removeIntegrationsAndStopCrm() throws IOException {
        api.get("/v1/integrations")
                .body()
                .get("integrations")
                .forEach(integration ->
                        api.delete("/v1/integrations/" + integration.get("id").asText()));
        crm.close();
    }

    /** Creates the example's integration with its endpoint on the local CRM; returns its id. */
    protected String create(String exampleFile) {
        return create(example(exampleFile));
    }

    /** Creates the integration with its endpoint on the local CRM (an {@code edi://} or loopback endpoint is kept); returns its id. */
    protected String create(ObjectNode integration) {
        String endpoint = integration.get("endpointUrl").asText();
        if (!endpoint.startsWith("edi://") && !endpoint.startsWith("http://127.0.0.1:")) {
            URI original = URI.create(endpoint.replace("{", "%7B").replace("}", "%7D"));
            integration.put(
                    "endpointUrl",
                    crm.url("/").toString().replaceAll("/$", "")
                            + original.getRawPath().replace("%7B", "{").replace("%7D", "}"));
        }
        ApiClient.Answer created = api.post("/v1/integrations", integration.toString());
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    protected void crmAnswers(String json) {
        crm.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(json)
                .build());
    }

    protected RecordedRequest crmRequest() throws InterruptedException {
        RecordedRequest request = crm.takeRequest(10, TimeUnit.SECONDS);
        assertThat(request).as("the CRM received a request").isNotNull();
        return request;
    }

    /** Sends an event of a conversation on {@code channel}; returns the answer's body (200 when something blocked, else 202). */
    protected JsonNode sendEvent(String conversation, String channel, String extraContact) {
        return sendEvent(conversation, channel, extraContact, "Received");
    }

    /** Sends the event {@code name} of a phone conversation. */
    protected JsonNode sendEventNamed(String conversation, String name) {
        return sendEvent(conversation, "phone", "", name);
    }

    private JsonNode sendEvent(String conversation, String channel, String extraContact, String name) {
        String body = """
                {"event": {"id": "evt-%d", "name": "%s", "datetime": "2026-11-25T08:00:00Z"},
                 "contact": {"id": "%s", "guid": "G-%s", "channel_type": "%s", "direction": "inbound",
                             "created": "2026-11-25T07:59:58.120Z", "language": "EN", "priority": 100,
                             "source": "+358401234567", "destination": "+35891234"%s}}
                """.formatted(IDS.incrementAndGet(), name, conversation, conversation, channel, extraContact);
        ApiClient.Answer answer = api.post("/v1/events", body);
        assertThat(answer.status()).as(answer.raw().body()).isIn(200, 202);
        return answer.body();
    }

    protected static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static ObjectNode example(String file) {
        try (InputStream in = ExamplesEndToEndTest.class.getResourceAsStream("/examples/" + file)) {
            assertThat(in).as("example " + file).isNotNull();
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
