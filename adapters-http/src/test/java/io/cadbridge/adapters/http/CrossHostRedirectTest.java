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
        crm.enqueue(new MockResponse.Builder()
                .code(302)
                .addHeader("Location", foreign)
                .build());
        elsewhere.enqueue(new MockResponse.Builder().body("landed").build());

        String text = client.send(
                        IntegrationId.random(),
                        Requests.request(HttpMethod.GET, crm.url("/start").toString())
                                .credentials("agent", "secret")
                                .build())
                .text();

        RecordedRequest redirected = elsewhere.takeRequest();
        assertThat(text).isEqualTo("landed");
        assertThat(redirected.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void aRedirectToAnotherHostLeavesTheIntegrationsOwnHeadersBehind() throws Exception {
        String foreign = "http://127.0.0.1:" + elsewhere.getPort() + "/landing";
        crm.enqueue(new MockResponse.Builder()
                .code(307)
                .addHeader("Location", foreign)
                .build());
        elsewhere.enqueue(new MockResponse.Builder().body("landed").build());

        client.send(
                IntegrationId.random(),
                Requests.request(HttpMethod.GET, crm.url("/start").toString())
                        .header("x-api-key", "secret-key")
                        .header("Accept", "application/json")
                        .build());

        RecordedRequest first = crm.takeRequest();
        RecordedRequest redirected = elsewhere.takeRequest();
        assertThat(first.getHeaders().get("x-api-key")).isEqualTo("secret-key");
        assertThat(redirected.getHeaders().get("x-api-key")).isNull();
        assertThat(redirected.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void aRedirectOnTheSameHostKeepsTheHeaders() throws Exception {
        crm.enqueue(new MockResponse.Builder()
                .code(302)
                .addHeader("Location", crm.url("/moved").toString())
                .build());
        crm.enqueue(new MockResponse.Builder().body("moved").build());

        client.send(
                IntegrationId.random(),
                Requests.request(HttpMethod.GET, crm.url("/start").toString())
                        .header("x-api-key", "secret-key")
                        .build());

        crm.takeRequest();
        assertThat(crm.takeRequest().getHeaders().get("x-api-key")).isEqualTo("secret-key");
    }
}
