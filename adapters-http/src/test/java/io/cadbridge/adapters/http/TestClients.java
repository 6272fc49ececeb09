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

    /**
     * {@code environment} stands in for the process environment that {@code "proxy": "auto"} reads. The
     * tests' CRMs answer on this machine, so the SSRF guard lets calls reach loopback addresses too.
     */
    static CrmClient with(CrmClientSettings settings, Clock clock, Map<String, String> environment) {
        return exactly(
                settings.withAllowedTargets(settings.allowedTargets().and(AllowedTargets.LOOPBACK)),
                clock,
                environment);
    }

    /** With {@code settings} as they are: the SSRF guard allows only their targets. */
    static CrmClient exactly(CrmClientSettings settings, Clock clock, Map<String, String> environment) {
        return Guice.createInjector(
                        new CrmHttpModule(settings, environment),
                        binder -> binder.bind(Clock.class).toInstance(clock))
                .getInstance(CrmClient.class);
    }

    static void close(CrmClient client) throws Exception {
        ((AutoCloseable) client).close();
    }
}
