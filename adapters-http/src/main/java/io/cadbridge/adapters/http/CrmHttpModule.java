package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.cadbridge.application.port.out.CrmClient;
import java.time.Clock;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Binds {@link CrmClient} to the Retrofit client. On shutdown the composition root closes every
 * {@code Set<AutoCloseable>} element; this module contributes the CRM client (OkHttp threads and connections).
 */
public final class CrmHttpModule extends AbstractModule {

    /** Retrofit needs a base URL, but every call passes its full URL with {@code @Url}, which replaces it. */
    private static final String UNUSED_BASE_URL = "http://localhost/";

    private final CrmClientSettings settings;
    private final Clock clock;

    public CrmHttpModule() {
        this(CrmClientSettings.defaults());
    }

    public CrmHttpModule(CrmClientSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** Tests pass a clock to move circuit breakers through their open period without waiting. */
    CrmHttpModule(CrmClientSettings settings, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    protected void configure() {
        bind(CrmClient.class).to(RetrofitCrmClient.class);
        bind(RetrofitCrmClient.class).in(Singleton.class);
        Multibinder.newSetBinder(binder(), AutoCloseable.class).addBinding().to(RetrofitCrmClient.class);
    }

    /** One client, so all integrations share one connection pool; timeouts are set per call. */
    @Provides
    @Singleton
    @ForCrm
    OkHttpClient httpClient() {
        return new OkHttpClient.Builder()
                .addInterceptor(new CallTimeoutInterceptor())
                .addInterceptor(new ResponseSizeLimit(settings.maxResponseBytes()))
                .build();
    }

    @Provides
    @Singleton
    CrmService crmService(@ForCrm OkHttpClient httpClient) {
        return new Retrofit.Builder().baseUrl(UNUSED_BASE_URL).client(httpClient).build().create(CrmService.class);
    }

    @Provides
    @Singleton
    IntegrationBreakers integrationBreakers() {
        return new IntegrationBreakers(settings, clock);
    }
}
