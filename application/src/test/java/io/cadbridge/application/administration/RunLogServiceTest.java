package io.cadbridge.application.administration;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static io.cadbridge.application.port.out.contract.RunSamples.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.fakes.InMemoryIntegrationRepository;
import io.cadbridge.application.fakes.InMemoryRunLog;
import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.ManageRunsUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase.ProcessEventCommand;
import io.cadbridge.application.port.in.ReadRunLogUseCase;
import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.contract.IntegrationSamples;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.testing.Seed;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunLogServiceTest {

    private final InMemoryWorld world = new InMemoryWorld(Clock.fixed(NOON, ZoneOffset.UTC));
    private final InMemoryIntegrationRepository integrations = world.integrations;
    private final InMemoryRunLog runLog = world.runLog;
    private final RunLogService service = world.runLogQueries();

    @Test
    void aFailedRunIsListedAndRetriedForTheSameEvent() {
        Integration integration = Seed.integration("https://crm.example/customers");
        integrations.save(integration);
        world.crm.fail(new CrmCallException(CrmCallException.Kind.CONNECTION, "crm.example refused the connection"));
        ProcessEventUseCase events = world.processEvent();
        events.process(new ProcessEventCommand(Seed.inboundCallReceived("e-1", "c-1")));
        world.runBackgroundWork();
        Run failed = service.recentRuns(Optional.of(RunStatus.FAILED), 10).getFirst();
        assertThat(failed.reason()).contains("refused");

        world.crm.respond(new CrmResponse(
                200, Map.of("content-type", "application/json"), Optional.of(Seed.crmAnswer()), "", Duration.ZERO));
        assertThat(service.retry(failed.id())).isInstanceOf(ManageRunsUseCase.RetryOutcome.Queued.class);
        world.runBackgroundWork();

        assertThat(service.recentRuns(Optional.of(RunStatus.SUCCEEDED), 10))
                .singleElement()
                .satisfies(run -> assertThat(run.eventId()).isEqualTo(failed.eventId()));
        assertThat(world.conversations
                        .find(new ConversationId("c-1"))
                        .orElseThrow()
                        .attachedData()
                        .get("customer_data"))
                .isPresent();
        assertThat(service.retry(service.recentRuns(Optional.of(RunStatus.SUCCEEDED), 1)
                        .getFirst()
                        .id()))
                .isInstanceOf(ManageRunsUseCase.RetryOutcome.NotFailed.class);
        assertThat(service.retry(java.util.UUID.randomUUID()))
                .isInstanceOf(ManageRunsUseCase.RetryOutcome.UnknownRun.class);
    }

    @Test
    void anIntegrationsRecentRunsAreReadNewestFirstUpToTheLimit() {
        Integration integration = saved();
        Run older = succeeded(integration.id(), NOON);
        Run newer = succeeded(integration.id(), NOON.plusSeconds(1));
        runLog.add(older);
        runLog.add(newer);
        runLog.add(succeeded(integration.id(), NOON.minusSeconds(1)));

        assertThat(service.recentRuns(integration.id(), 2)).contains(List.of(newer, older));
    }

    @Test
    void anIntegrationThatNeverRanHasAnEmptyRunLog() {
        assertThat(service.recentRuns(saved().id(), 50)).contains(List.of());
    }

    @Test
    void anUnknownIntegrationHasNoRunLogEvenWhenRunsOfItAreStored() {
        IntegrationId deleted = IntegrationId.random();
        runLog.add(succeeded(deleted, NOON));

        assertThat(service.recentRuns(deleted, 50)).isEmpty();
    }

    @Test
    void aLimitOutsideOneToTheMaximumIsRefused() {
        IntegrationId id = saved().id();

        assertThatThrownBy(() -> service.recentRuns(id, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.recentRuns(id, ReadRunLogUseCase.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("500");
        assertThat(service.recentRuns(id, ReadRunLogUseCase.MAX_LIMIT)).isPresent();
    }

    private Integration saved() {
        Integration integration = IntegrationSamples.named("logged", 1);
        integrations.save(integration);
        return integration;
    }
}
