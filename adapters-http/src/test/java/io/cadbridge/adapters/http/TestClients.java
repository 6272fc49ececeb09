package io.cadbridge.adapters.http;

import com.google.inject.Guice;
import io.cadbridge.application.port.out.CrmClient;
import java.time.Clock;

/** Real clients wired by the production module, so the tests cover the Guice wiring too. */
final class TestClients {

    private TestClients() {
    }

    static CrmClient withDefaults() {
        return with(CrmClientSettings.defaults());
    }

    static CrmClient with(CrmClientSettings settings) {
        return with(settings, Clock.systemUTC());
    }

    static CrmClient with(CrmClientSettings settings, Clock clock) {
        return Guice.createInjector(new CrmHttpModule(settings, clock)).getInstance(CrmClient.class);
    }

    static void close(CrmClient client) throws Exception {
        ((AutoCloseable) client).close();
    }
}
