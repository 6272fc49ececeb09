package io.cadbridge.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.cadbridge.application.fakes.InMemoryDirectory;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.processing.IntegrationRunner;
import io.cadbridge.domain.condition.JdkRandomSource;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDirection;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Scope;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunResult;
import io.cadbridge.domain.testing.Seed;
import io.cadbridge.json.JsonObject;
import io.cadbridge.support.jackson.JsonValues;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The real {@link IntegrationRunner} on the real CRM client wired by {@link CrmHttpModule}: what a run
 * records (status, reason, HTTP status, saved data) is what these tests assert.
 */
final class IntegrationRuns implements AutoCloseable {

    private final Injector injector = Guice.createInjector(
            new CrmHttpModule(CrmClientSettings.defaults().withAllowedTargets(AllowedTargets.LOOPBACK), Map.of()),
            binder -> binder.bind(Clock.class).toInstance(Clock.systemUTC()));
    private final CrmClient client = injector.getInstance(CrmClient.class);
    private final IntegrationRunner runner =
            new IntegrationRunner(client, new InMemoryDirectory(), new JdkRandomSource(), Clock.systemUTC());
    private final ConversationEvent event =
            Seed.received("E-1", Seed.contact("C-1", "phone", "inbound", Optional.empty()));

    /** An integration calling {@code url} as {@code configurationJson} says; the same id for every version of it. */
    static Integration integration(IntegrationId id, String url, String configurationJson) {
        JsonObject configuration;
        try {
            configuration = (JsonObject) JsonValues.parse(configurationJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + configurationJson, e);
        }
        return new IntegrationDraft(
                        "fault matrix",
                        "",
                        ChannelType.MULTI_CHANNEL,
                        url,
                        1,
                        IntegrationDirection.INBOUND,
                        Set.of(EventName.RECEIVED),
                        new Scope(true, List.of()),
                        true,
                        configuration)
                .compile(id, Secrets.NONE);
    }

    RunResult run(Integration integration) {
        return runner.run(integration, event, JsonObject.EMPTY);
    }

    Run report(Integration integration) {
        return run(integration).run();
    }

    Optional<CircuitView> circuit(IntegrationId id) {
        return injector.getInstance(CrmCallHealth.class).circuit(id);
    }

    @Override
    public void close() throws Exception {
        ((AutoCloseable) client).close();
    }
}
