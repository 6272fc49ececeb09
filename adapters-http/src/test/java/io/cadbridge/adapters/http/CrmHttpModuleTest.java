package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.exchange.ProxySetting;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class CrmHttpModuleTest {

    private final Injector injector = Guice.createInjector(
            new CrmHttpModule(CrmClientSettings.defaults().withAllowedTargets(AllowedTargets.LOOPBACK), Map.of()),
            binder -> binder.bind(Clock.class).toInstance(Clock.systemUTC()));

    @Test
    void bindsOneSharedCrmClient() {
        assertThat(injector.getInstance(CrmClient.class))
                .isInstanceOf(RetrofitCrmClient.class)
                .isSameAs(injector.getInstance(CrmClient.class));
    }

    @Test
    void offersTheClientToTheRootForShutdownAndClosingStopsOkHttpThreads() throws Exception {
        Set<AutoCloseable> closeables = injector.getInstance(Key.get(new TypeLiteral<Set<AutoCloseable>>() {}));
        OkHttpClient httpClient = injector.getInstance(Key.get(OkHttpClient.class, ForCrm.class));

        assertThat(closeables).containsExactly((AutoCloseable) injector.getInstance(CrmClient.class));
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }

        assertThat(httpClient.dispatcher().executorService().isShutdown()).isTrue();
        assertThat(httpClient.connectionPool().connectionCount()).isZero();
    }

    @Test
    void clientsForOtherProxyAndTlsOptionsAreCachedAndShareThePoolDispatcherAndInterceptors() {
        OkHttpClient shared = injector.getInstance(Key.get(OkHttpClient.class, ForCrm.class));
        ConnectionClients clients = injector.getInstance(ConnectionClients.class);

        OkHttpClient derived = clients.of(new ConnectionOptions(ProxySetting.DIRECT, false));

        assertThat(derived).isNotSameAs(shared).isSameAs(clients.of(new ConnectionOptions(ProxySetting.DIRECT, false)));
        assertThat(clients.of(new ConnectionOptions(ProxySetting.DIRECT, true))).isNotSameAs(derived);
        assertThat(derived.connectionPool()).isSameAs(shared.connectionPool());
        assertThat(derived.dispatcher()).isSameAs(shared.dispatcher());
        assertThat(derived.interceptors()).isEqualTo(shared.interceptors());
    }
}
