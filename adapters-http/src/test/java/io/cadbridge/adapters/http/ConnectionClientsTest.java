package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.exchange.ProxySetting;
import java.net.ProxySelector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls beyond a pool's share go to further connection pools, and come back to the first once fewer are being sent. */
class ConnectionClientsTest {

    private static final ConnectionOptions DIRECT = new ConnectionOptions(new ProxySetting.Direct(), true);

    private final MockWebServer server = new MockWebServer();
    private final CountDownLatch answer = new CountDownLatch(1);
    private final CountDownLatch arrived = new CountDownLatch(2);
    private final ConnectionClients clients = new ConnectionClients(new OkHttpClient(), ProxySelector.getDefault(), 2);

    @BeforeEach
    void heldAnswers() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                arrived.countDown();
                try {
                    answer.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new MockResponse.Builder().code(200).body("{}").build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        answer.countDown();
        clients.evictAll();
        server.close();
    }

    @Test
    void callsBeyondAPoolsShareUseAnotherPoolUntilTheFirstOnesAreAnswered() throws Exception {
        OkHttpClient idle;
        try (ConnectionClients.Sending alone = clients.sending()) {
            idle = clients.of(DIRECT);
        }
        assertThat(clients.of(DIRECT)).isSameAs(idle);

        List<Future<Integer>> held = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int call = 0; call < 2; call++) {
                held.add(callers.submit(() -> status(idle)));
            }
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

            try (ConnectionClients.Sending third = clients.sending()) {
                OkHttpClient busy = clients.of(DIRECT);
                assertThat(busy.connectionPool()).isNotSameAs(idle.connectionPool());
                assertThat(busy.proxy()).isEqualTo(idle.proxy());
            }

            answer.countDown();
            for (Future<Integer> call : held) {
                assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            }
        }
        assertThat(clients.of(DIRECT)).isSameAs(idle);
        assertThat(idle.connectionPool().connectionCount()).isEqualTo(2);
    }

    private int status(OkHttpClient client) throws Exception {
        try (ConnectionClients.Sending sending = clients.sending();
                Response response = client.newCall(new Request.Builder()
                                .url(server.url("/contacts"))
                                .build())
                        .execute()) {
            return response.code();
        }
    }
}
