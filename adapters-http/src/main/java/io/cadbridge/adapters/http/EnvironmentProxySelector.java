package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Contact Pro's {@code "proxy": "auto"}: the HTTP proxy the environment names for the URL's scheme
 * ({@code https_proxy} for https, {@code http_proxy} for http; the lower-case name wins, as in curl)
 * unless {@code no_proxy} exempts the host; otherwise the JVM's default selector
 * ({@code -Dhttps.proxyHost}, {@code -Djava.net.useSystemProxies}). A value that is not an http(s)
 * URL or {@code host:port} (e.g. {@code socks5://…}) is ignored. Proxy credentials are not supported.
 */
final class EnvironmentProxySelector extends ProxySelector {

    private final Map<String, String> environment;
    private final ProxySelector fallback;

    /** {@code fallback} may be null, as {@link ProxySelector#getDefault()} may be: then the fallback is a direct connection. */
    EnvironmentProxySelector(Map<String, String> environment, ProxySelector fallback) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.fallback = fallback != null ? fallback : ProxySelector.of(null);
    }

    @Override
    public List<Proxy> select(URI uri) {
        return named(uri).map(List::of).orElseGet(() -> fallback.select(uri));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        fallback.connectFailed(uri, address, failure);
    }

    private Optional<Proxy> named(URI uri) {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        Optional<String> value = variable(scheme + "_proxy");
        if (value.isEmpty()
                || NoProxyList.parse(variable("no_proxy").orElse("")).exempts(uri.getHost())) {
            return Optional.empty();
        }
        return parse(value.get());
    }

    private Optional<String> variable(String lowerCaseName) {
        String lower = environment.get(lowerCaseName);
        if (lower != null && !lower.isBlank()) {
            return Optional.of(lower.strip());
        }
        String upper = environment.get(lowerCaseName.toUpperCase(Locale.ROOT));
        return upper == null || upper.isBlank() ? Optional.empty() : Optional.of(upper.strip());
    }

    /** {@code http://proxy:3128}, {@code http://proxy:3128/} or {@code proxy:3128}; without a port, the scheme's. */
    private static Optional<Proxy> parse(String value) {
        HttpUrl url = HttpUrl.parse(value.contains("://") ? value : "http://" + value);
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(url.host(), url.port())));
    }
}
