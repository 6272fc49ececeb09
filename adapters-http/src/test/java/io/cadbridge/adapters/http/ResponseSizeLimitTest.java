package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.integration.IntegrationId;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cap holds however the body arrives: streamed without a length, gunzipped by OkHttp, or as an error
 * body Retrofit buffers; a body with a length within the cap is read whole.
 */
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
    void aGzippedBodyWhoseLengthIsWithinTheCapFailsWhenItsContentIsNot() throws Exception {
        Buffer gzipped = new Buffer();
        try (BufferedSink sink = Okio.buffer(new GzipSink(gzipped))) {
            sink.writeUtf8("g".repeat(50_000));
        }
        assertThat(gzipped.size()).isLessThan(1024);

        assertTooLarge(new MockResponse.Builder()
                .addHeader("Content-Encoding", "gzip")
                .body(gzipped)
                .build());
    }

    @Test
    void aBodyWithALengthWithinTheCapIsReadWhole() throws Exception {
        for (int length : new int[] {0, 1, 200, 1023, 1024}) {
            server.enqueue(new MockResponse.Builder().body("x".repeat(length)).build());

            assertThat(client.send(
                                    IntegrationId.random(),
                                    Requests.get(server.url("/sized").toString()))
                            .text())
                    .isEqualTo("x".repeat(length));
        }
    }

    @Test
    void anErrorBodyWithALengthWithinTheCapIsReadWhole() throws Exception {
        server.enqueue(
                new MockResponse.Builder().code(404).body("n".repeat(1000)).build());

        assertThat(client.send(
                                IntegrationId.random(),
                                Requests.get(server.url("/missing").toString()))
                        .text())
                .isEqualTo("n".repeat(1000));
    }

    /** Over HTTP/1 OkHttp stops at the declared length: a server sending more cannot push past the cap. */
    @Test
    void nothingPastTheDeclaredLengthIsRead() throws Exception {
        try (RawServer raw = RawServer.start(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.write("a".repeat(100_000).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        })) {
            assertThat(client.send(IntegrationId.random(), Requests.get(raw.url("/liar")))
                            .text())
                    .isEqualTo("a".repeat(10));
        }
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
