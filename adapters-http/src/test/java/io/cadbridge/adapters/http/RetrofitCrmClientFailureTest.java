package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.HttpMethod;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class RetrofitCrmClientFailureTest extends LocalCrmServerTest {

    /** Far above the 1 s timeout and far below the server's delay: proves the timeout fired, not the server. */
    private static final Duration GENEROUS_BOUND = Duration.ofSeconds(4);

    private OutboundRequest oneSecondTimeout(String path) {
        return Requests.request(HttpMethod.GET, server.url(path).toString())
                .timeout(Duration.ofSeconds(1))
                .build();
    }

    private CrmCallException failure(OutboundRequest request) {
        return catchThrowableOfType(CrmCallException.class, () -> client.send(integration, request));
    }

    @Test
    void serverDelayingItsHeadersPastTheTimeoutIsATimeoutNamingHostAndTimeout() {
        server.enqueue(
                new MockResponse.Builder().headersDelay(8, TimeUnit.SECONDS).build());

        long start = System.nanoTime();
        CrmCallException failure = failure(oneSecondTimeout("/slow"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GENEROUS_BOUND);
        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure)
                .hasMessageContaining(
                        "no answer from " + server.getHostName() + ":" + server.getPort() + " within 1 s");
    }

    @Test
    void serverDelayingItsBodyPastTheTimeoutIsATimeout() {
        server.enqueue(new MockResponse.Builder()
                .body("late")
                .bodyDelay(8, TimeUnit.SECONDS)
                .build());

        long start = System.nanoTime();
        CrmCallException failure = failure(oneSecondTimeout("/slow-body"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GENEROUS_BOUND);
        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void serverTricklingBytesCannotHoldTheCallPastTwiceTheTimeout() {
        // One byte every 400 ms never trips the 1 s read timeout; the whole-call deadline (2 s) must.
        server.enqueue(new MockResponse.Builder()
                .body("z".repeat(40))
                .throttleBody(1, 400, TimeUnit.MILLISECONDS)
                .build());

        long start = System.nanoTime();
        CrmCallException failure = failure(oneSecondTimeout("/trickle"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure).hasMessageContaining("did not finish answering within 2 s");
    }

    @Test
    void aClosedPortIsAConnectionFailureNamingTheHost() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CrmCallException failure = failure(Requests.get("http://127.0.0.1:" + closedPort + "/contacts"));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(failure).hasMessageContaining("127.0.0.1:" + closedPort);
    }

    @Test
    void aRedirectLoopEndsAsAnInvalidResponse() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .code(302)
                        .addHeader("Location", "/loop")
                        .build();
            }
        });

        CrmCallException failure = failure(Requests.get(server.url("/loop").toString()));

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure).hasMessageContaining("redirect");
    }

    @Test
    void aRedirectWithinTheSameHostIsFollowed() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(301)
                .addHeader("Location", "/new")
                .build());
        server.enqueue(new MockResponse.Builder().body("moved here").build());

        assertThat(client.send(integration, Requests.get(server.url("/old").toString()))
                        .text())
                .isEqualTo("moved here");
    }
}
