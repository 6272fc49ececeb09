package io.cadbridge.adapters.http;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.IntegrationId;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Two real local servers, a CRM and its OAuth token endpoint, and a client whose clock the test moves. */
abstract class LocalOAuthServersTest {

    protected static final String CLIENT_ID = "cadbridge-client";
    protected static final String SECRET = "s3cr3t-Value+/=";

    protected final MockWebServer crm = new MockWebServer();
    protected final MockWebServer tokenServer = new MockWebServer();
    protected final MutableClock clock = new MutableClock();
    protected final IntegrationId integration = IntegrationId.random();
    protected CrmClient client;

    @BeforeEach
    void startServersAndClient() throws Exception {
        crm.start();
        tokenServer.start();
        client = TestClients.with(CrmClientSettings.defaults(), clock);
    }

    @AfterEach
    void stopServersAndClient() throws Exception {
        TestClients.close(client);
        crm.close();
        tokenServer.close();
    }

    protected static MockResponse token(String accessToken, long expiresInSeconds) {
        return json(
                200,
                "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresInSeconds
                        + "}");
    }

    protected static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    protected Requests oauthRequest(String... scopes) {
        return Requests.request(HttpMethod.GET, crm.url("/contacts").toString())
                .oauth(CLIENT_ID, SECRET, tokenServer.url("/oauth/token").toString(), scopes);
    }

    protected CrmResponse send(Requests request) throws CrmCallException {
        return client.send(integration, request.build());
    }
}
