package io.cadbridge.adapters.http;

import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.integration.IntegrationId;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A real local HTTP server playing the CRM, and the client under test with default settings. */
abstract class LocalCrmServerTest {

    protected final MockWebServer server = new MockWebServer();
    protected final IntegrationId integration = IntegrationId.random();
    protected CrmClient client;

    @BeforeEach
    void startServerAndClient() throws Exception {
        server.start();
        client = TestClients.withDefaults();
    }

    @AfterEach
    void stopServerAndClient() throws Exception {
        TestClients.close(client);
        server.close();
    }
}
