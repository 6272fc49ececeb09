package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.exchange.ProxySetting;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.IntegrationId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A local server plays the HTTP proxy: a request sent through it arrives in absolute form ({@code GET http://host/path}). */
class ProxyTest {

    /** Never resolved: only a proxy can answer for it. */
    private static final String FOREIGN_CRM = "http://crm.example.test/contacts";

    private final MockWebServer proxy = new MockWebServer();
    private final MockWebServer crm = new MockWebServer();
    private final IntegrationId integration = IntegrationId.random();
    private CrmClient client;

    @BeforeEach
    void start() throws Exception {
        proxy.start();
        crm.start();
        client = clientWithEnvironment(Map.of("http_proxy", "http://" + proxy.getHostName() + ":" + proxy.getPort()));
    }

    @AfterEach
    void stop() throws Exception {
        TestClients.close(client);
        proxy.close();
        crm.close();
    }

    private CrmClient clientWithEnvironment(Map<String, String> environment) {
        return TestClients.with(CrmClientSettings.defaults(), Clock.systemUTC(), environment);
    }

    private String send(Requests request) throws CrmCallException {
        return client.send(integration, request.build()).text();
    }

    private ProxySetting.Address proxyAddress() {
        return new ProxySetting.Address(proxy.getHostName(), proxy.getPort());
    }

    @Test
    void anAddressProxyReceivesTheRequestInAbsoluteForm() throws Exception {
        proxy.enqueue(new MockResponse.Builder().body("via proxy").build());

        String text = send(
                Requests.request(HttpMethod.GET, FOREIGN_CRM).query("id", "7").proxy(proxyAddress()));

        assertThat(text).isEqualTo("via proxy");
        assertThat(proxy.takeRequest().getRequestLine()).isEqualTo("GET " + FOREIGN_CRM + "?id=7 HTTP/1.1");
    }

    @Test
    void autoUsesTheHttpProxyTheEnvironmentNames() throws Exception {
        proxy.enqueue(new MockResponse.Builder().body("via proxy").build());

        assertThat(send(Requests.request(HttpMethod.GET, FOREIGN_CRM).proxy(ProxySetting.AUTO)))
                .isEqualTo("via proxy");
        assertThat(proxy.takeRequest().getTarget()).isEqualTo(FOREIGN_CRM);
    }

    @Test
    void autoConnectsDirectlyToHostsTheEnvironmentExempts() throws Exception {
        TestClients.close(client);
        client = clientWithEnvironment(Map.of(
                "HTTP_PROXY",
                "http://" + proxy.getHostName() + ":" + proxy.getPort(),
                "NO_PROXY",
                "internal.example, " + crm.getHostName()));
        crm.enqueue(new MockResponse.Builder().body("direct").build());

        assertThat(send(Requests.request(HttpMethod.GET, crm.url("/contacts").toString())))
                .isEqualTo("direct");
        assertThat(proxy.getRequestCount()).isZero();
    }

    @Test
    void directBypassesTheProxyTheEnvironmentNames() throws Exception {
        crm.enqueue(new MockResponse.Builder().body("direct").build());

        assertThat(send(Requests.request(HttpMethod.GET, crm.url("/contacts").toString())
                        .proxy(ProxySetting.DIRECT)))
                .isEqualTo("direct");
        assertThat(crm.takeRequest().getTarget()).isEqualTo("/contacts");
        assertThat(proxy.getRequestCount()).isZero();
    }

    @Test
    void theTokenRequestGoesThroughTheCallsProxyToo() throws Exception {
        proxy.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return request.getTarget().endsWith("/token")
                        ? new MockResponse.Builder()
                                .body("{\"access_token\":\"t\",\"token_type\":\"Bearer\"}")
                                .build()
                        : new MockResponse.Builder().body("via proxy").build();
            }
        });

        send(Requests.request(HttpMethod.GET, FOREIGN_CRM)
                .oauth("id", "secret", "http://auth.example.test/token")
                .proxy(proxyAddress()));

        assertThat(List.of(proxy.takeRequest().getTarget(), proxy.takeRequest().getTarget()))
                .containsExactly("http://auth.example.test/token", FOREIGN_CRM);
    }

    @Test
    void theResponseCapHoldsThroughAProxy() {
        proxy.enqueue(new MockResponse.Builder()
                .body("x".repeat((int) CrmClientSettings.ONE_MIB + 1))
                .build());

        CrmCallException failure = catchThrowableOfType(
                CrmCallException.class,
                () -> send(Requests.request(HttpMethod.GET, FOREIGN_CRM).proxy(proxyAddress())));

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
    }

    @Test
    void theCallsTimeoutHoldsThroughAProxy() {
        proxy.enqueue(
                new MockResponse.Builder().headersDelay(8, TimeUnit.SECONDS).build());

        CrmCallException failure = catchThrowableOfType(
                CrmCallException.class,
                () -> send(Requests.request(HttpMethod.GET, FOREIGN_CRM)
                        .proxy(proxyAddress())
                        .timeout(Duration.ofSeconds(1))));

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
    }
}
