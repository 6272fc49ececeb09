package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.bootstrap.demo.DemoSetup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cadbridge run --demo}: the sample CRM and the seed integration are ready at once. */
class DemoModeEndToEndTest {

    @TempDir
    Path dataDirectory;

    private CadbridgeService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void demoModeCreatesTheSeedIntegrationAndAGeneratedTokenThatIsPrintedOnce() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        service = start(console);
        String token = Files.readString(dataDirectory.resolve("api-token")).trim();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains(token);
        ApiClient api = new ApiClient(service.apiPort(), token);

        assertThat(api.get("/v1/integrations").body().findValuesAsText("name"))
                .containsExactly(DemoSetup.INTEGRATION_NAME);
        api.post("/v1/events", SeedExampleEndToEndTest.receivedEvent("demo-1", "demo-conv", "+14155550123"));
        ApiClient.Answer cad = api.awaitAttachedData("demo-conv", "/customer_data");
        assertThat(cad.body().at("/attachedData/customer_data/lastticket").asText())
                .isEqualTo("TCK-6123");

        service.close();
        ByteArrayOutputStream secondConsole = new ByteArrayOutputStream();
        service = start(secondConsole);
        assertThat(secondConsole.toString(StandardCharsets.UTF_8)).doesNotContain(token);
        assertThat(new ApiClient(service.apiPort(), token)
                        .get("/v1/integrations")
                        .body()
                        .findValuesAsText("name"))
                .containsExactly(DemoSetup.INTEGRATION_NAME);
    }

    private CadbridgeService start(ByteArrayOutputStream console) {
        ServiceSettings settings = new ServiceSettings(0, dataDirectory, Optional.empty(), Optional.empty(), 0, false);
        return CadbridgeService.start(settings, true, new PrintStream(console, true, StandardCharsets.UTF_8));
    }
}
