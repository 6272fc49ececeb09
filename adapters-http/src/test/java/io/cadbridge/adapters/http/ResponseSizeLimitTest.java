package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.integration.IntegrationId;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cap holds however the body arrives: streamed without a length, or as an error body Retrofit buffers. */
class ResponseSizeLimitTest {

    private final MockWebServer server = new MockWebServer();
    private CrmClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = TestClients.with(CrmClientSettings.defaults().withMaxResponseBytes(1024));
    }

    @AfterEach
    void stop() throws Exception {
        TestClients.close(client);
        server.close();
    }

    private void assertTooLarge(MockResponse response) {
        server.enqueue(response);
        assertThatThrownBy(() -> client.send(
                        IntegrationId.random(), Requests.get(server.url("/big").toString())))
                .isInstanceOfSatisfying(
                        CrmCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(CrmCallException.Kind.INVALID_RESPONSE))
                .hasMessageContaining("larger than 1 KiB");
    }

    @Test
    void aChunkedBodyWithoutLengthFailsOnceItPassesTheCap() {
        assertTooLarge(
                new MockResponse.Builder().chunkedBody("y".repeat(5000), 100).build());
    }

    @Test
    void anErrorBodyOverTheCapFailsToo() {
        assertTooLarge(
                new MockResponse.Builder().code(500).body("z".repeat(2000)).build());
    }

    @Test
    void aChunkedBodyUnderTheCapIsRead() throws Exception {
        server.enqueue(
                new MockResponse.Builder().chunkedBody("y".repeat(1000), 100).build());

        assertThat(client.send(
                                IntegrationId.random(),
                                Requests.get(server.url("/small").toString()))
                        .text())
                .hasSize(1000);
    }
}
