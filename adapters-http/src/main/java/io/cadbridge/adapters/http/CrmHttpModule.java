package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.application.port.out.CrmClient;
import java.net.ProxySelector;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Binds {@link CrmClient} to the Retrofit client and {@link CrmCallHealth} to its circuit breakers. On shutdown the composition root closes every
 * {@code Set<AutoCloseable>} element; this module contributes the CRM client (OkHttp threads and connections).
 */
public final class CrmHttpModule extends AbstractModule {

    private final CrmClientSettings settings;
    private final Clock clock;
    private final Map<String, String> environment;

    public CrmHttpModule() {
        this(CrmClientSettings.defaults());
    }

    public CrmHttpModule(CrmClientSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** Tests pass a clock to move circuit breakers and token expiry along without waiting. */
    CrmHttpModule(CrmClientSettings settings, Clock clock) {
        this(settings, clock, System.getenv());
    }

    /** Tests pass the environment that {@code "proxy": "auto"} reads ({@code https_proxy}, {@code no_proxy}, …). */
    CrmHttpModule(CrmClientSettings settings, Clock clock, Map<String, String> environment) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
    }

    @Override
    protected void configure() {
        bind(CrmClient.class).to(RetrofitCrmClient.class);
        bind(CrmCallHealth.class).to(IntegrationGuards.class);
        bind(RetrofitCrmClient.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), AutoCloseable.class).addBinding().to(RetrofitCrmClient.class);
    }

    private static final int IDLE_CONNECTIONS = 256;

    /** The shared client: all integrations share its connection pool and dispatcher; timeouts are set per call. */
    @Provides
    @Singleton
    @ForCrm
    OkHttpClient httpClient() {
        return new OkHttpClient.Builder()
                // OkHttp keeps 5 idle connections by default: under load every further call would open
                // (and close) its own TCP connection to the CRM. Keep up to 256 for 5 minutes.
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                .addInterceptor(new CallTimeoutInterceptor())
                .addInterceptor(new ResponseSizeLimit(settings.maxResponseBytes()))
                .addNetworkInterceptor(new CrossHostHeaders())
                .build();
    }

    /** Clients per proxy and TLS option, all derived from the shared one; {@code "proxy": "auto"} reads the environment, then the JVM's settings. */
    @Provides
    @Singleton
    ConnectionClients connectionClients(@ForCrm OkHttpClient httpClient) {
        return new ConnectionClients(httpClient, new EnvironmentProxySelector(environment, ProxySelector.getDefault()));
    }

    @Provides
    @Singleton
    OAuthTokens oauthTokens() {
        return new OAuthTokens(clock);
    }

    @Provides
    @Singleton
    IntegrationGuards integrationGuards() {
        return new IntegrationGuards(settings, clock);
    }
}
