package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentProxySelectorTest {

    private static final InetSocketAddress JVM_PROXY = InetSocketAddress.createUnresolved("jvm-proxy.example", 8080);

    private static List<Proxy> select(Map<String, String> environment, String uri) {
        return new EnvironmentProxySelector(environment, ProxySelector.of(JVM_PROXY)).select(URI.create(uri));
    }

    private static List<Proxy> proxy(String host, int port) {
        return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port)));
    }

    @Test
    void httpsUrlsUseHttpsProxyAndHttpUrlsUseHttpProxy() {
        Map<String, String> environment =
                Map.of("https_proxy", "http://secure-proxy:3128", "http_proxy", "plain-proxy:8000");

        assertThat(select(environment, "https://crm.example/api")).isEqualTo(proxy("secure-proxy", 3128));
        assertThat(select(environment, "http://crm.example/api")).isEqualTo(proxy("plain-proxy", 8000));
    }

    @Test
    void theUpperCaseNameCountsWhenTheLowerCaseOneIsAbsentAndLowerCaseWins() {
        assertThat(select(Map.of("HTTPS_PROXY", "http://upper:1"), "https://crm.example/"))
                .isEqualTo(proxy("upper", 1));
        assertThat(select(
                        Map.of("HTTPS_PROXY", "http://upper:1", "https_proxy", "http://lower:2"),
                        "https://crm.example/"))
                .isEqualTo(proxy("lower", 2));
    }

    @Test
    void withoutAnEnvironmentProxyTheJvmDefaultDecides() {
        assertThat(select(Map.of("http_proxy", "http://plain-proxy:8000"), "https://crm.example/"))
                .containsExactly(new Proxy(Proxy.Type.HTTP, JVM_PROXY));
    }

    @Test
    void noProxyExemptsHostsAndTheirSubdomains() {
        Map<String, String> environment =
                Map.of("https_proxy", "http://proxy:3128", "no_proxy", "localhost,.corp.example");

        assertThat(select(environment, "https://crm.corp.example/"))
                .containsExactly(new Proxy(Proxy.Type.HTTP, JVM_PROXY));
        assertThat(select(environment, "https://corp.example.org/")).isEqualTo(proxy("proxy", 3128));
    }

    @Test
    void aValueThatIsNotAnHttpProxyIsIgnored() {
        assertThat(select(Map.of("https_proxy", "socks5://proxy:1080"), "https://crm.example/"))
                .containsExactly(new Proxy(Proxy.Type.HTTP, JVM_PROXY));
    }

    @Test
    void withoutAJvmDefaultTheFallbackIsADirectConnection() {
        assertThat(new EnvironmentProxySelector(Map.of(), null).select(URI.create("https://crm.example/")))
                .containsExactly(Proxy.NO_PROXY);
    }
}
