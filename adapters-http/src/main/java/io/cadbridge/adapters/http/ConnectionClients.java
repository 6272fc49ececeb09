package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.exchange.ProxySetting;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client for each {@link ConnectionOptions}, derived from the shared one with {@code newBuilder()}:
 * all share its dispatcher and interceptors (per-call timeouts, response cap). OkHttp keys pooled connections by
 * proxy and TLS settings too, so a connection opened without verification is never reused by a verifying client.
 *
 * <p>Calls share the shared client's connection pool while fewer than {@link #CALLS_PER_POOL} are being sent; each
 * further {@code CALLS_PER_POOL} go to a pool of their own. OkHttp finds a reusable connection by visiting every
 * connection of the pool, busy or not, so with one pool and thousands of calls held by a slow CRM every new call
 * visited thousands: 29 % of the job threads' CPU while a restarted service drained a backlog with 1,300 calls in
 * flight to a 250 ms CRM. A pool per 256 calls halved that but cost more: the connections idle in one pool while
 * another opened new ones, and a CRM closes idle connections beyond its own limit (80 closed a second with
 * 900 calls in flight, 20 % more of the service's CPU per event).
 */
final class ConnectionClients {

    /** Calls in flight per connection pool, and the idle connections each pool keeps. */
    static final int CALLS_PER_POOL = 1024;

    private static final int POOLS = 16;

    private final List<OkHttpClient> pools;
    private final int callsPerPool;
    private final ProxySelector automatic;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<Key, OkHttpClient> clients = new ConcurrentHashMap<>();

    private record Key(ConnectionOptions options, int pool) {}

    /** A CRM call being sent, from before its OkHttp call is made until its answer is read. */
    interface Sending extends AutoCloseable {
        @Override
        void close();
    }

    /** {@code automatic} picks the proxy for {@code "proxy": "auto"}. */
    ConnectionClients(OkHttpClient shared, ProxySelector automatic) {
        this(shared, automatic, CALLS_PER_POOL);
    }

    /** With {@code callsPerPool} calls in flight per connection pool; for tests. */
    ConnectionClients(OkHttpClient shared, ProxySelector automatic, int callsPerPool) {
        requireNonNull(shared, "shared is null");
        this.automatic = requireNonNull(automatic, "automatic is null");
        this.callsPerPool = callsPerPool;
        this.pools = IntStream.range(0, POOLS)
                .mapToObj(pool -> pool == 0
                        ? shared
                        : shared.newBuilder()
                                .connectionPool(new ConnectionPool(callsPerPool, 5, TimeUnit.MINUTES))
                                .build())
                .toList();
    }

    /** Counts a call as being sent until the result is closed: {@link #of} spreads the calls counted over the pools. */
    Sending sending() {
        inFlight.incrementAndGet();
        return inFlight::decrementAndGet;
    }

    /** The client for {@code options}, on the connection pool for the calls being sent now. */
    OkHttpClient of(ConnectionOptions options) {
        // The caller's own call is counted already.
        int pool = Math.min(POOLS - 1, Math.max(0, inFlight.get() - 1) / callsPerPool);
        return clients.computeIfAbsent(new Key(requireNonNull(options, "options is null"), pool), this::derive);
    }

    /** Closes the idle connections of every pool. */
    void evictAll() {
        pools.forEach(client -> client.connectionPool().evictAll());
    }

    private OkHttpClient derive(Key key) {
        OkHttpClient.Builder builder =
                route(pools.get(key.pool()).newBuilder(), key.options().proxy());
        return (key.options().verifyTls() ? builder : TrustEverything.apply(builder)).build();
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
