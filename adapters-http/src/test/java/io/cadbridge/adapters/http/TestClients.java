package io.cadbridge.adapters.http;

import com.google.inject.Guice;
import io.cadbridge.application.port.out.CrmClient;
import java.time.Clock;
import java.util.Map;

/** Real clients wired by the production module, so the tests cover the Guice wiring too. */
final class TestClients {

    private TestClients() {}

    static CrmClient withDefaults() {
        return with(CrmClientSettings.defaults());
    }

    static CrmClient with(CrmClientSettings settings) {
        return with(settings, Clock.systemUTC());
    }

    static CrmClient with(CrmClientSettings settings, Clock clock) {
        return with(settings, clock, Map.of());
    }

    /** {@code environment} stands in for the process environment that {@code "proxy": "auto"} reads. */
    static CrmClient with(CrmClientSettings settings, Clock clock, Map<String, String> environment) {
        return Guice.createInjector(
                        new CrmHttpModule(settings, environment),
                        binder -> binder.bind(Clock.class).toInstance(clock))
                .getInstance(CrmClient.class);
    }

    static void close(CrmClient client) throws Exception {
        ((AutoCloseable) client).close();
    }
}
