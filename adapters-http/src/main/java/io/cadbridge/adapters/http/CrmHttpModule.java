package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.port.out.TargetCheck;
import io.cadbridge.application.port.out.VendorCatalog;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Binds {@link CrmClient} to the Retrofit client and {@link CrmCallHealth} to its circuit breakers. On shutdown the composition root closes every
 * {@code Set<AutoCloseable>} element; this module contributes the CRM client (OkHttp threads and connections). The composition root
 * binds the {@link Clock} (tests bind one they move along to expire circuit breakers and tokens without waiting).
 */
public final class CrmHttpModule extends AbstractModule {

    private final CrmClientSettings settings;
    private final Map<String, String> proxyEnvironment;
    private final VendorRegistry vendors;

    /** @param proxyEnvironment what {@code "proxy": "auto"} reads ({@code https_proxy}, {@code no_proxy}, …), see {@link EnvironmentProxySelector} */
    public CrmHttpModule(Map<String, String> proxyEnvironment) {
        this(CrmClientSettings.defaults(), proxyEnvironment);
    }

    /** @param proxyEnvironment what {@code "proxy": "auto"} reads ({@code https_proxy}, {@code no_proxy}, …), see {@link EnvironmentProxySelector} */
    public CrmHttpModule(CrmClientSettings settings, Map<String, String> proxyEnvironment) {
        this(settings, proxyEnvironment, Optional.empty());
    }

    /**
     * @param pluginsDirectory where vendor adapter plugins are ({@code CADBRIDGE_PLUGINS_DIR}): one
     *     subdirectory per plugin; the built-in adapters are always installed
     * @throws IllegalStateException naming the plugin directory that cannot be installed (ADR 0031)
     */
    public CrmHttpModule(
            CrmClientSettings settings, Map<String, String> proxyEnvironment, Optional<Path> pluginsDirectory) {
        this.settings = requireNonNull(settings, "settings is null");
        this.proxyEnvironment = Map.copyOf(requireNonNull(proxyEnvironment, "proxyEnvironment is null"));
        this.vendors = VendorRegistry.of(PluginDirectories.adapters(pluginsDirectory));
    }

    @Override
    protected void configure() {
        bind(CrmClient.class).to(RetrofitCrmClient.class);
        bind(VendorRegistry.class).toInstance(vendors);
        OptionalBinder.newOptionalBinder(binder(), VendorCatalog.class)
                .setBinding()
                .toInstance(vendors);
        bind(CrmCallHealth.class).to(IntegrationGuards.class);
        bind(TargetCheck.class).toInstance(new SaveTimeTargetCheck(settings.allowedTargets()));
        bind(RetrofitCrmClient.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), AutoCloseable.class).addBinding().to(RetrofitCrmClient.class);
    }

    private static final int IDLE_CONNECTIONS = ConnectionClients.CALLS_PER_POOL;

    /** The shared client: all integrations share its connection pool and dispatcher; timeouts are set per call. */
    @Provides
    @Singleton
    @ForCrm
    OkHttpClient httpClient() {
        return new OkHttpClient.Builder()
                // OkHttp keeps 5 idle connections by default: under load every further call would open
                // (and close) its own TCP connection to the CRM. Keep as many as calls share this pool
                // (ConnectionClients spreads the calls beyond them over further pools) for 5 minutes.
                .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
                // The SSRF guard: every connection (CRM, token endpoint, proxy, each redirect) checks its address.
                .socketFactory(new GuardedSocketFactory(settings.allowedTargets()))
                .addInterceptor(new CallTimeoutInterceptor())
                .addInterceptor(new ResponseSizeLimit(settings.maxResponseBytes()))
                .addNetworkInterceptor(new CrossHostHeaders())
                .build();
    }

    /** Clients per proxy and TLS option, all derived from the shared one; {@code "proxy": "auto"} reads the environment, then the JVM's settings. */
    @Provides
    @Singleton
    ConnectionClients connectionClients(@ForCrm OkHttpClient httpClient) {
        return new ConnectionClients(
                httpClient, new EnvironmentProxySelector(proxyEnvironment, ProxySelector.getDefault()));
    }

    @Provides
    @Singleton
    OAuthTokens oauthTokens(Clock clock) {
        return new OAuthTokens(clock);
    }

    @Provides
    @Singleton
    IntegrationGuards integrationGuards(Clock clock) {
        return new IntegrationGuards(settings, clock);
    }
}
