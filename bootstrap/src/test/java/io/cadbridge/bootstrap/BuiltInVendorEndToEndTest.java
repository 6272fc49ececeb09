package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.adapters.http.AllowedTargets;
import io.cadbridge.vendors.hubspot.FakeHubSpot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A built-in vendor adapter through the assembled service (issue 13's example): a HubSpot integration
 * created over the API with the API base as {@code endpointUrl}, the private app token in
 * {@code authentications.token} and no configuration at all fills the agent's {@code customer_data}
 * for a real event, against the fake HubSpot the adapter's own contract test runs against.
 */
class BuiltInVendorEndToEndTest {

    private static final String TOKEN = "built-in-vendor-test-token-0123456789";
    private static final String HUBSPOT_TOKEN = "pat-na1-0b7e41c2-e2e-hubspot-secret-9d3f";
    private static final String STORED_PHONE = "(415) 555-1212";

    @TempDir
    Path dataDirectory;

    private CadbridgeService service;
    private FakeHubSpot hubspot;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (hubspot != null) {
            hubspot.close();
        }
    }

    @Test
    void aHubSpotIntegrationWithNoConfigurationFillsTheCallersCustomerData() throws InterruptedException {
        hubspot = new FakeHubSpot(HUBSPOT_TOKEN).start();
        String contact = hubspot.addContact(Map.of(
                "firstname", "Ada",
                "lastname", "Lovelace",
                "email", "ada@example.com",
                "company", "Analytical Engines Ltd",
                "phone", STORED_PHONE));
        service = start();
        ApiClient api = new ApiClient(service.apiPort(), TOKEN);

        ApiClient.Answer created = api.post("/v1/integrations", """
                {"name": "HubSpot caller lookup", "channelType": "phone", "endpointUrl": "%s",
                 "direction": "inbound", "events": ["Received"],
                 "vendor": "hubspot", "authentications": {"token": "%s"}}
                """.formatted(hubspot.baseUrl(), HUBSPOT_TOKEN));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.body().get("id").asText();
        ApiClient.Answer read = api.get("/v1/integrations/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.raw().body()).contains("hubspot").doesNotContain(HUBSPOT_TOKEN);
        assertThat(created.raw().body()).doesNotContain(HUBSPOT_TOKEN);

        // The caller's number arrives in E.164; HubSpot stored it as the agent typed it.
        ApiClient.Answer event =
                api.post("/v1/events", SeedExampleEndToEndTest.receivedEvent("hs-1", "conv-hs-1", "+14155551212"));
        assertThat(event.status()).as(event.raw().body()).isEqualTo(202);

        JsonNode data =
                api.awaitAttachedData("conv-hs-1", "/customer_data/id").body().at("/attachedData/customer_data");
        assertThat(fieldNames(data))
                .containsExactlyInAnyOrder("id", "firstname", "lastname", "email", "company", "phone");
        assertThat(data.get("id").asText()).isEqualTo(contact);
        assertThat(data.get("firstname").asText()).isEqualTo("Ada");
        assertThat(data.get("lastname").asText()).isEqualTo("Lovelace");
        assertThat(data.get("email").asText()).isEqualTo("ada@example.com");
        assertThat(data.get("company").asText()).isEqualTo("Analytical Engines Ltd");
        assertThat(data.get("phone").asText()).isEqualTo(STORED_PHONE);
        assertThat(latestRunStatus(api, id)).isEqualTo("succeeded");
        assertThat(hubspot.apiRequests())
                .as("the adapter searched HubSpot's contacts")
                .anySatisfy(request -> assertThat(request.path()).isEqualTo("/crm/v3/objects/contacts/search"));
    }

    /** The run log is written when the run ends, which may be just after its data was attached. */
    private static String latestRunStatus(ApiClient api, String integrationId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String status = "";
        while (status.isEmpty() && System.nanoTime() < deadline) {
            status = api.get("/v1/integrations/" + integrationId + "/runs")
                    .body()
                    .at("/runs/0/status")
                    .asText();
            if (status.isEmpty()) {
                Thread.sleep(50);
            }
        }
        return status;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private CadbridgeService start() {
        ServiceSettings settings = new ServiceSettings(0, dataDirectory, Optional.empty(), Optional.of(TOKEN), 0, true)
                .withAllowedTargets(AllowedTargets.LOOPBACK);
        return CadbridgeService.start(
                settings, false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
