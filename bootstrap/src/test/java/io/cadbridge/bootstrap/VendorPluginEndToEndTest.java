package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.adapters.http.AllowedTargets;
import io.cadbridge.examples.freshdesk.FakeFreshdesk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin path (ADR 0031): the example Freshdesk adapter, built as its own jar and copied into a
 * plugins directory (not on this class path), is found at start-up, listed, checks its settings at
 * save time and fills the agent's attached data from a fake Freshdesk for a real event — with no
 * {@code configuration} at all. The fake is the one the plugin's own contract test runs against, from
 * the plugin's test-jar.
 */
class VendorPluginEndToEndTest {

    private static final String TOKEN = "vendor-plugin-test-token-0123456789";
    private static final String API_KEY = "fd-api-key-0123456789";
    private static final String STORED_PHONE = "(415) 555-1212";
    private static final Path PLUGINS = Path.of("target", "test-plugins").toAbsolutePath();

    @TempDir
    Path dataDirectory;

    private CadbridgeService service;
    private FakeFreshdesk freshdesk;

    @BeforeAll
    static void thePluginJarWasCopied() {
        assertThat(PLUGINS.resolve("freshdesk/freshdesk-adapter.jar"))
                .as("the build copies the example plugin jar at process-test-resources (mvn verify)")
                .exists();
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (freshdesk != null) {
            freshdesk.close();
        }
    }

    @Test
    void thePluginsClassesAreNotOnThisClassPath() {
        assertThatThrownBy(() -> Class.forName("io.cadbridge.examples.freshdesk.FreshdeskAdapter"))
                .as(
                        "only the plugin's test-jar (its fake) is a dependency; the plugin comes from the plugins directory")
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void thePluginIsListedWithItsSchemaSecretsAndOrigin() {
        service = start(PLUGINS);
        ApiClient api = new ApiClient(service.apiPort(), TOKEN);

        JsonNode vendors = api.get("/v1/vendors").body().get("vendors");
        JsonNode freshdeskEntry = null;
        for (JsonNode vendor : vendors) {
            if (vendor.get("name").asText().equals("freshdesk")) {
                freshdeskEntry = vendor;
            }
        }
        assertThat(freshdeskEntry).as(vendors.toString()).isNotNull();
        assertThat(freshdeskEntry.get("origin").asText())
                .contains("plugin directory")
                .contains("freshdesk");
        assertThat(freshdeskEntry.at("/secrets/apiKey").asText()).contains("API key");
        assertThat(freshdeskEntry
                        .at("/settingsSchema/properties/defaultRegion/pattern")
                        .asText())
                .isEqualTo("^[A-Z]{2}$");
        assertThat(api.getWithoutToken("/v1/schemas/integration.json").raw().body())
                .contains("\"const\" : \"freshdesk\"");
    }

    @Test
    void aRealEventFillsTheAgentsDataFromFreshdeskWithNoConfiguration() {
        freshdesk = new FakeFreshdesk(API_KEY).start();
        String contact = freshdesk.addContact("Ada Lovelace", "ada@example.com", STORED_PHONE, null);
        freshdesk.addTicket(contact, "Invoice copy", FakeFreshdesk.CLOSED);
        freshdesk.addTicket(contact, "Router keeps rebooting", FakeFreshdesk.OPEN);
        service = start(PLUGINS);
        ApiClient api = new ApiClient(service.apiPort(), TOKEN);

        ApiClient.Answer created =
                api.post("/v1/integrations", integration(freshdesk.baseUrl(), "{\"defaultRegion\": \"US\"}", true));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.raw().body()).doesNotContain(API_KEY);
        assertThat(created.body().get("vendor").asText()).isEqualTo("freshdesk");

        // Called in national format; Freshdesk stored "(415) 555-1212", which only an exact form matches.
        api.post("/v1/events", SeedExampleEndToEndTest.receivedEvent("fd-1", "conv-fd-1", "415 555 1212"));

        JsonNode data =
                api.awaitAttachedData("conv-fd-1", "/customer_data/id").body().get("attachedData");
        assertThat(data.at("/customer_data/id").asText()).isEqualTo(contact);
        assertThat(data.at("/customer_data/name").asText()).isEqualTo("Ada Lovelace");
        assertThat(data.at("/customer_data/phone").asText()).isEqualTo(STORED_PHONE);
        assertThat(data.at("/open_tickets").asText()).isEqualTo("1");
        assertThat(freshdesk.apiRequests()).anySatisfy(request -> {
            assertThat(request.path()).isEqualTo("/api/v2/contacts");
            assertThat(request.query()).isEqualTo(Map.of("phone", STORED_PHONE));
        });
    }

    @Test
    void badSettingsAMissingSecretAndAnUnknownVendorAreRefusedWithPointers() {
        service = start(PLUGINS);
        ApiClient api = new ApiClient(service.apiPort(), TOKEN);

        ApiClient.Answer badSettings = api.post(
                "/v1/integrations",
                integration("https://x.freshdesk.com", "{\"ticketLimit\": \"many\", \"colour\": 1}", false));
        assertThat(badSettings.status()).as(badSettings.raw().body()).isEqualTo(400);
        assertThat(badSettings.body().at("/error/details").findValuesAsText("pointer"))
                .contains("/vendorSettings/ticketLimit", "/vendorSettings/colour", "/authentications/apiKey");

        ApiClient.Answer badUrl = api.post(
                "/v1/integrations", integration("https://x.freshdesk.com", "{\"portalUrl\": \"ftp://x\"}", true));
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.raw().body()).contains("/vendorSettings/portalUrl").contains("must be an https:// address");

        ApiClient.Answer unknown = api.post(
                "/v1/integrations",
                integration("https://x.freshdesk.com", "{}", true).replace("\"freshdesk\"", "\"freshdessk\""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw().body()).contains("/vendor").contains("did you mean \\\"freshdesk\\\"");
    }

    @Test
    void aPluginDirectoryThatCannotBeInstalledStopsStartUpNamingIt() throws IOException {
        Path plugins = dataDirectory.resolve("plugins");
        Files.createDirectories(plugins.resolve("empty"));
        assertThatThrownBy(() -> start(plugins))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_PLUGINS_DIR")
                .hasMessageContaining(plugins.resolve("empty").toString())
                .hasMessageContaining("no .jar file");

        Files.delete(plugins.resolve("empty"));
        Path twice = Files.createDirectories(plugins.resolve("freshdesk-again"));
        Files.createDirectories(plugins.resolve("freshdesk"));
        Files.copy(
                PLUGINS.resolve("freshdesk/freshdesk-adapter.jar"), plugins.resolve("freshdesk/freshdesk-adapter.jar"));
        Files.copy(PLUGINS.resolve("freshdesk/freshdesk-adapter.jar"), twice.resolve("freshdesk-adapter.jar"));
        assertThatThrownBy(() -> start(plugins))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(twice.toString())
                .hasMessageContaining("\"freshdesk\" is already installed");
    }

    private static String integration(String endpointUrl, String settings, boolean withKey) {
        return """
                {"name": "Freshdesk lookup", "channelType": "phone", "endpointUrl": "%s",
                 "direction": "inbound", "events": ["Received"],
                 "vendor": "freshdesk", "vendorSettings": %s%s}
                """.formatted(
                endpointUrl, settings, withKey ? ", \"authentications\": {\"apiKey\": \"" + API_KEY + "\"}" : "");
    }

    private CadbridgeService start(Path plugins) {
        ServiceSettings settings = new ServiceSettings(0, dataDirectory, Optional.empty(), Optional.of(TOKEN), 0, true)
                .withAllowedTargets(AllowedTargets.LOOPBACK)
                .withPluginsDirectory(plugins);
        return CadbridgeService.start(
                settings, false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
