package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.exchange.ProxySetting;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client for each {@link ConnectionOptions}, derived from the shared one with {@code newBuilder()}:
 * all share its connection pool, dispatcher and interceptors (per-call timeouts, response cap). OkHttp keys
 * pooled connections by proxy and TLS settings too, so a connection opened without verification is never
 * reused by a verifying client. Few entries: two per proxy setting the integrations use.
 */
final class ConnectionClients {

    private final OkHttpClient shared;
    private final ProxySelector automatic;
    private final Map<ConnectionOptions, OkHttpClient> clients = new ConcurrentHashMap<>();

    /** {@code automatic} picks the proxy for {@code "proxy": "auto"}. */
    ConnectionClients(OkHttpClient shared, ProxySelector automatic) {
        this.shared = requireNonNull(shared, "shared is null");
        this.automatic = requireNonNull(automatic, "automatic is null");
    }

    OkHttpClient of(ConnectionOptions options) {
        return clients.computeIfAbsent(requireNonNull(options, "options is null"), this::derive);
    }

    private OkHttpClient derive(ConnectionOptions options) {
        OkHttpClient.Builder builder = route(shared.newBuilder(), options.proxy());
        return (options.verifyTls() ? builder : TrustEverything.apply(builder)).build();
    }

    private OkHttpClient.Builder route(OkHttpClient.Builder builder, ProxySetting proxy) {
        return switch (proxy) {
            case ProxySetting.Auto auto -> builder.proxySelector(automatic);
            case ProxySetting.Direct direct -> builder.proxy(Proxy.NO_PROXY);
            // Unresolved: OkHttp resolves the proxy's name itself, with its DNS and timeouts.
            case ProxySetting.Address address ->
                builder.proxy(
                        new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(address.host(), address.port())));
        };
    }
}
