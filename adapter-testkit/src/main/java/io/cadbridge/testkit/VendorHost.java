package io.cadbridge.testkit;

import static java.util.Objects.requireNonNull;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.cadbridge.adapters.http.AllowedTargets;
import io.cadbridge.adapters.http.CrmClientSettings;
import io.cadbridge.adapters.http.CrmHttpModule;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.port.out.VendorCatalog;
import io.cadbridge.application.processing.IntegrationRunner;
import io.cadbridge.domain.condition.JdkRandomSource;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDirection;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Scope;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.domain.integration.VendorBinding;
import io.cadbridge.domain.run.RunResult;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The real cadbridge host, as the service wires it ({@code CrmHttpModule}: registry of the adapters on
 * the class path, settings schemas, authentication and token refresh, retries honouring
 * {@code Retry-After}, circuit breaker, size cap, SSRF guard allowing loopback only), running vendor
 * integrations with the service's {@code IntegrationRunner}. While it is open it captures every log
 * event, so a test can scan them ({@link #logLines()}). One host per test class is enough; OAuth
 * tokens are cached in it as in the service.
 */
public final class VendorHost implements AutoCloseable {

    private final LogCapture log = new LogCapture();
    private final Injector injector = Guice.createInjector(
            new CrmHttpModule(CrmClientSettings.defaults().withAllowedTargets(AllowedTargets.LOOPBACK), Map.of()),
            binder -> binder.bind(Clock.class).toInstance(Clock.systemUTC()));
    private final CrmClient client = injector.getInstance(CrmClient.class);
    private final VendorCatalog catalog = injector.getInstance(VendorCatalog.class);
    private final IntegrationRunner runner =
            new IntegrationRunner(client, new EmptyDirectory(), new JdkRandomSource(), Clock.systemUTC());

    private VendorHost() {}

    /** A new host with the adapters found on the class path, capturing log events until {@link #close()}. */
    public static VendorHost start() {
        return new VendorHost();
    }

    /** The installed adapters: what {@code GET /v1/vendors} lists. */
    public VendorCatalog catalog() {
        return catalog;
    }

    /** What saving an integration with these {@code vendorSettings} says: problems with pointers under {@code /vendorSettings}. */
    public List<ValidationProblem> checkSettings(String vendor, JsonObject settings) {
        return catalog.checkSettings(vendor, settings);
    }

    /**
     * A vendor integration with no {@code configuration} at all: inbound, every channel, {@code Received},
     * the adapter's default {@code save}.
     *
     * @param secrets the integration's {@code authentications}
     * @throws io.cadbridge.domain.validation.ValidationException as saving it would
     */
    public Integration integration(String vendor, String endpointUrl, JsonObject settings, Map<String, String> secrets) {
        return integration(vendor, endpointUrl, settings, secrets, JsonNull.INSTANCE);
    }

    /** A vendor integration with this {@code configuration} ({@code response.save}, {@code resilience}, …). */
    public Integration integration(
            String vendor, String endpointUrl, JsonObject settings, Map<String, String> secrets, JsonValue configuration) {
        return new IntegrationDraft(
                        vendor + " lookup",
                        "adapter test kit",
                        ChannelType.MULTI_CHANNEL,
                        endpointUrl,
                        1,
                        IntegrationDirection.INBOUND,
                        Set.of(EventName.RECEIVED),
                        new Scope(true, List.of()),
                        true,
                        configuration,
                        Optional.of(new VendorBinding(vendor, settings)))
                .compile(IntegrationId.random(), new Secrets(Optional.empty(), secrets, Optional.empty()), catalog);
    }

    /** Runs the integration for an inbound phone call from {@code callerNumber} ({@code contact.source}). */
    public HostRun lookup(Integration integration, String callerNumber) {
        return run(integration, TestEvents.inboundCall(callerNumber));
    }

    /** Runs the integration for {@code event} as the service would, saving what its {@code response.save} says. */
    public HostRun run(Integration integration, ConversationEvent event) {
        requireNonNull(integration, "integration is null");
        requireNonNull(event, "event is null");
        long start = System.nanoTime();
        RunResult result = runner.run(integration, event, JsonObject.EMPTY);
        return new HostRun(
                event, result.run(), result.saved(), result.trace(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Every log event since the host started (or {@link #clearLog()}), as text with its exceptions and stacks. */
    public List<String> logLines() {
        return log.lines();
    }

    public void clearLog() {
        log.clear();
    }

    /** Stops the host's HTTP client and the log capture. */
    @Override
    public void close() throws Exception {
        try {
            ((AutoCloseable) client).close();
        } finally {
            log.close();
        }
    }
}
