package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.exchange.ProxySetting;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.IntegrationId;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard refuses at connect time. Every target here is this machine in some spelling — the
 * only traffic a test may send — and a local server stands where a victim would be: it must never
 * see a connection. The other ranges (metadata, private, …) are judged in {@link BlockedAddressesTest}
 * without connecting. Names resolve from the module's test hosts file only ({@code jdk.net.hosts.file}).
 */
class SsrfGuardTest {

    /** The victim: the client under test must never reach it. */
    private final MockWebServer victim = new MockWebServer();
    /** A CRM the operator allowed (127.0.0.2), which redirects to the victim. */
    private final MockWebServer allowedCrm = new MockWebServer();

    private final IntegrationId integration = IntegrationId.random();
    private CrmClient client;

    @BeforeEach
    void start() throws Exception {
        victim.start(InetAddress.getByName("127.0.0.1"), 0);
        allowedCrm.start(InetAddress.getByName("127.0.0.2"), 0);
        client = TestClients.exactly(
                CrmClientSettings.defaults().withAllowedTargets(AllowedTargets.parse("127.0.0.2")),
                Clock.systemUTC(),
                Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        TestClients.close(client);
        victim.close();
        allowedCrm.close();
    }

    /** Twenty spellings of this machine: each refused before a connection is made. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:%d/",
                "http://127.0.0.3:%d/",
                "http://127.255.255.254:%d/",
                "https://127.0.0.1:%d/",
                "http://localhost:%d/",
                "http://LOCALHOST:%d/",
                "http://2130706433:%d/",
                "http://0.0.0.0:%d/",
                "http://0:%d/",
                "http://[::1]:%d/",
                "http://[0:0:0:0:0:0:0:1]:%d/",
                "http://[::ffff:127.0.0.1]:%d/",
                "http://[::ffff:7f00:1]:%d/",
                "http://[0000::0001]:%d/",
                "http://[::]:%d/",
                "http://[::ffff:0.0.0.0]:%d/",
                "http://127.0.0.1:%d/latest/meta-data/",
                "http://user:pass@127.0.0.1:%d/",
                "http://[::127.0.0.1]:%d/",
                "http://[::ffff:127.1.2.3]:%d/"
            })
    void thisMachineInAnySpellingIsRefusedAtConnectTime(String spelling) {
        String url = spelling.formatted(victim.getPort());

        CrmCallException refused =
                catchThrowableOfType(CrmCallException.class, () -> client.send(integration, Requests.get(url)));

        assertThat(refused).as(url).isNotNull();
        assertThat(refused.kind()).as(url).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(refused.getMessage())
                .as(url)
                .contains("refused to connect to")
                .contains("CADBRIDGE_ALLOWED_TARGETS");
        assertThat(victim.getRequestCount()).as(url).isZero();
    }

    /** A name with a trailing dot is another name to the resolver: whatever it resolves to is checked the same way. */
    @ParameterizedTest
    @ValueSource(strings = {"http://localhost.:%d/", "http://127.0.0.1.:%d/"})
    void aTrailingDotNeverReachesThisMachine(String spelling) {
        String url = spelling.formatted(victim.getPort());

        CrmCallException refused =
                catchThrowableOfType(CrmCallException.class, () -> client.send(integration, Requests.get(url)));

        assertThat(refused).as(url).isNotNull();
        assertThat(victim.getRequestCount()).as(url).isZero();
    }

    @Test
    void theRunReasonSaysWhatWasRefusedAndWhy() {
        CrmCallException refused = catchThrowableOfType(
                CrmCallException.class,
                () -> client.send(integration, Requests.get("http://127.0.0.1:" + victim.getPort() + "/customers")));

        assertThat(refused.getMessage())
                .startsWith("refused to connect to 127.0.0.1 (127.0.0.1): it is a loopback address, which cadbridge"
                        + " does not call unless CADBRIDGE_ALLOWED_TARGETS allows it");
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectFromAnAllowedCrmToThisMachineIsRefused(int status) throws Exception {
        allowedCrm.enqueue(new MockResponse.Builder()
                .code(status)
                .setHeader("Location", "http://localhost:" + victim.getPort() + "/admin")
                .build());

        CrmCallException refused = catchThrowableOfType(
                CrmCallException.class,
                () -> client.send(integration, Requests.get("http://127.0.0.2:" + allowedCrm.getPort() + "/")));

        assertThat(refused.getMessage()).contains("refused to connect to localhost");
        assertThat(allowedCrm.getRequestCount()).isEqualTo(1);
        assertThat(victim.getRequestCount()).isZero();
    }

    @Test
    void aProxyOnThisMachineIsRefusedToo() {
        CrmCallException refused = catchThrowableOfType(
                CrmCallException.class,
                () -> client.send(
                        integration,
                        Requests.request(HttpMethod.GET, "http://crm.example.test/contacts")
                                .proxy(new ProxySetting.Address("127.0.0.1", victim.getPort()))
                                .build()));

        assertThat(refused.getMessage()).contains("refused to connect to 127.0.0.1");
        assertThat(victim.getRequestCount()).isZero();
    }

    @Test
    void anAllowedTargetIsCalled() throws Exception {
        allowedCrm.enqueue(
                new MockResponse.Builder().body("{\"id\": \"CUST-1001\"}").build());

        assertThat(client.send(integration, Requests.get("http://127.0.0.2:" + allowedCrm.getPort() + "/"))
                        .text())
                .contains("CUST-1001");
    }
}
