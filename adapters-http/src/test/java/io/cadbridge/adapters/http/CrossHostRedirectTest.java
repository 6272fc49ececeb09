package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.IntegrationId;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins OkHttp's default we rely on: credentials are not handed to another host a CRM redirects to. */
class CrossHostRedirectTest {

    private final MockWebServer crm = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();
    private CrmClient client;

    @BeforeEach
    void start() throws Exception {
        crm.start();
        elsewhere.start();
        client = TestClients.withDefaults();
    }

    @AfterEach
    void stop() throws Exception {
        TestClients.close(client);
        crm.close();
        elsewhere.close();
    }

    @Test
    void aRedirectToAnotherHostIsFollowedWithoutTheCredentials() throws Exception {
        // "127.0.0.1" and "localhost" are different hosts to OkHttp, as a foreign domain would be.
        String foreign = "http://127.0.0.1:" + elsewhere.getPort() + "/landing";
        crm.enqueue(new MockResponse.Builder().code(302).addHeader("Location", foreign).build());
        elsewhere.enqueue(new MockResponse.Builder().body("landed").build());

        String text = client.send(IntegrationId.random(), Requests.request(HttpMethod.GET, crm.url("/start").toString())
                .credentials("agent", "secret").build()).text();

        RecordedRequest redirected = elsewhere.takeRequest();
        assertThat(text).isEqualTo("landed");
        assertThat(redirected.getHeaders().get("Authorization")).isNull();
    }
}
