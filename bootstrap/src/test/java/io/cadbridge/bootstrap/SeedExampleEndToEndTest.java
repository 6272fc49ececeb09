package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.adapters.http.AllowedTargets;
import io.cadbridge.bootstrap.demo.DemoCrm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton's acceptance case: the real service with its embedded PostgreSQL, the seed
 * integration created over HTTP with the seed JSON verbatim, a Received event, the CAD read back —
 * and everything still there after a restart.
 */
class SeedExampleEndToEndTest {

    private static final String TOKEN = "end-to-end-test-token-0123456789";

    @TempDir
    Path dataDirectory;

    private CadbridgeService service;
    private DemoCrm crm;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (crm != null) {
            crm.close();
        }
    }

    @Test
    void theSeedExampleAttachesTheCustomerAndSurvivesARestart() throws IOException {
        crm = DemoCrm.start(0);
        service = start();
        ApiClient api = new ApiClient(service.apiPort(), TOKEN);

        ApiClient.Answer created = api.post("/v1/integrations", integrationJson(crm.customersUrl()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(created.raw().headers().firstValue("Location")).contains("/v1/integrations/" + id);
        assertThat(created.raw().body()).doesNotContain("demo-crm-password");

        ApiClient.Answer event = api.post("/v1/events", receivedEvent("evt-1", "conv-1", "+358401234567"));
        assertThat(event.status()).as(event.raw().body()).isEqualTo(202);
        assertThat(event.body().at("/pending/0").asText()).isEqualTo(id);

        assertSeedCustomerAttached(api.awaitAttachedData("conv-1", "/customer_data"));
        assertThat(api.get("/v1/integrations/" + id + "/runs")
                        .body()
                        .at("/runs/0/status")
                        .asText())
                .isEqualTo("succeeded");

        service.close();
        service = start();
        api = new ApiClient(service.apiPort(), TOKEN);

        assertThat(api.get("/v1/integrations/" + id).body().get("name").asText())
                .isEqualTo("CRM customer lookup");
        assertSeedCustomerAttached(api.get("/v1/conversations/conv-1/attached-data"));
        ApiClient.Answer again = api.post("/v1/events", receivedEvent("evt-1", "conv-1", "+358401234567"));
        assertThat(again.body().get("duplicate").asBoolean()).isTrue();
    }

    /** Out of the box the SSRF guard refuses a CRM on this machine, and the run says why. */
    @Test
    void aCrmOnThisMachineIsRefusedUnlessAllowed() throws Exception {
        crm = DemoCrm.start(0);
        service = start(AllowedTargets.NONE);
        ApiClient api = new ApiClient(service.apiPort(), TOKEN);
        String id = api.post("/v1/integrations", integrationJson(crm.customersUrl()))
                .body()
                .get("id")
                .asText();

        api.post("/v1/events", receivedEvent("evt-1", "conv-1", "+358401234567"));

        String reason = "";
        for (int i = 0; i < 100 && reason.isEmpty(); i++) {
            reason = api.get("/v1/integrations/" + id + "/runs")
                    .body()
                    .at("/runs/0/reason")
                    .asText();
            Thread.sleep(50);
        }
        assertThat(reason)
                .contains("refused to connect to localhost (127.0.0.1): it is a loopback address")
                .contains("CADBRIDGE_ALLOWED_TARGETS");
        assertThat(api.get("/v1/conversations/conv-1/attached-data").body().at("/attachedData/customer_data"))
                .isEmpty();
    }

    /** The bootstrap token makes a token for Contact Pro, which sends events and nothing else. */
    @Test
    void aScopedTokenSendsEventsAndIsRefusedTheRest() {
        service = start();
        ApiClient admin = new ApiClient(service.apiPort(), TOKEN);
        ApiClient.Answer created =
                admin.post("/v1/tokens", "{\"name\": \"contact-pro\", \"scopes\": [\"events:write\"]}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        ApiClient contactPro =
                new ApiClient(service.apiPort(), created.body().get("token").asText());

        assertThat(contactPro
                        .post("/v1/events", receivedEvent("evt-1", "conv-1", "+358401234567"))
                        .status())
                .isEqualTo(202);
        ApiClient.Answer refused = contactPro.get("/v1/integrations");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().at("/error/message").asText()).contains("'integrations:write'");
        assertThat(admin.get("/v1/tokens").raw().body())
                .contains("contact-pro")
                .doesNotContain(created.body().get("token").asText());
    }

    @Test
    void badInputIsAClearClientErrorAndTheTokenIsRequired() {
        service = start();
        ApiClient api = new ApiClient(service.apiPort(), TOKEN);

        ApiClient.Answer invalid = api.post("/v1/integrations", "{\"name\": \"x\", \"channelType\": \"fax\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().at("/error/details").findValuesAsText("pointer"))
                .contains("/channelType", "/configuration");

        assertThat(api.getWithoutToken("/v1/integrations").status()).isEqualTo(401);
        assertThat(api.getWithoutToken("/v1/health").status()).isEqualTo(200);
        assertThat(api.get("/v1/conversations/unknown/attached-data").status()).isEqualTo(404);
    }

    private CadbridgeService start() {
        return start(AllowedTargets.LOOPBACK);
    }

    private CadbridgeService start(AllowedTargets allowed) {
        ServiceSettings settings = new ServiceSettings(0, dataDirectory, Optional.empty(), Optional.of(TOKEN), 0, true)
                .withAllowedTargets(allowed);
        return CadbridgeService.start(
                settings, false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static void assertSeedCustomerAttached(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        assertThat(answer.body().get("conversationId").asText()).isEqualTo("conv-1");
        assertThat(answer.body().at("/attachedData/customer_data/id").asText()).isEqualTo("CUST-1001");
        assertThat(answer.body().at("/attachedData/customer_data/firstname").asText())
                .isEqualTo("Aino");
        assertThat(answer.body().at("/attachedData/customer_data/lastname").asText())
                .isEqualTo("Virtanen");
        assertThat(answer.body().at("/attachedData/customer_data/company").asText())
                .isEqualTo("Northwind Oy");
        assertThat(answer.body().at("/attachedData/customer_data/jobtitle").asText())
                .isEqualTo("Procurement Manager");
        assertThat(answer.body().at("/attachedData/customer_data/lastticket").asText())
                .isEqualTo("TCK-5042");
    }

    static String integrationJson(String endpointUrl) throws IOException {
        return """
                {"name": "CRM customer lookup", "channelType": "multi-channel", "endpointUrl": "%s",
                 "direction": "inbound", "events": ["Received", "Transferred", "Forwarded"],
                 "scope": {"directConversations": true, "queues": []},
                 "credentials": {"username": "demo", "password": "demo-crm-password"},
                 "configuration": %s}
                """.formatted(endpointUrl, seedConfiguration());
    }

    static String receivedEvent(String eventId, String conversationId, String phone) {
        return """
                {"event": {"id": "%s", "name": "Received", "datetime": "2026-11-25T08:00:00Z"},
                 "contact": {"id": "%s", "guid": "G-%s", "channel_type": "phone", "direction": "inbound",
                             "created": "2026-11-25T07:59:58.120Z", "language": "EN", "priority": 100,
                             "queue": null, "source": "%s", "destination": "+35891234"}}
                """.formatted(eventId, conversationId, conversationId, phone);
    }

    private static String seedConfiguration() throws IOException {
        try (InputStream in = SeedExampleEndToEndTest.class.getResourceAsStream("/demo/seed-configuration.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
