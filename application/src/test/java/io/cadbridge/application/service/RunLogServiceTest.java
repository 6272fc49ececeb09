package io.cadbridge.application.service;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static io.cadbridge.application.port.out.contract.RunSamples.succeeded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.fakes.InMemoryIntegrationRepository;
import io.cadbridge.application.fakes.InMemoryRunLog;
import io.cadbridge.application.port.in.ReadRunLogUseCase;
import io.cadbridge.application.port.out.RunRecord;
import io.cadbridge.application.port.out.contract.IntegrationSamples;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunLogServiceTest {

    private final InMemoryIntegrationRepository integrations = new InMemoryIntegrationRepository();
    private final InMemoryRunLog runLog = new InMemoryRunLog();
    private final RunLogService service = new RunLogService(integrations, runLog);

    @Test
    void anIntegrationsRecentRunsAreReadNewestFirstUpToTheLimit() {
        Integration integration = saved();
        RunRecord older = succeeded(integration.id(), NOON);
        RunRecord newer = succeeded(integration.id(), NOON.plusSeconds(1));
        runLog.record(older);
        runLog.record(newer);
        runLog.record(succeeded(integration.id(), NOON.minusSeconds(1)));

        assertThat(service.recentRuns(integration.id(), 2)).contains(List.of(newer, older));
    }

    @Test
    void anIntegrationThatNeverRanHasAnEmptyRunLog() {
        assertThat(service.recentRuns(saved().id(), 50)).contains(List.of());
    }

    @Test
    void anUnknownIntegrationHasNoRunLogEvenWhenRunsOfItAreStored() {
        IntegrationId deleted = IntegrationId.random();
        runLog.record(succeeded(deleted, NOON));

        assertThat(service.recentRuns(deleted, 50)).isEmpty();
    }

    @Test
    void aLimitOutsideOneToTheMaximumIsRefused() {
        IntegrationId id = saved().id();

        assertThatThrownBy(() -> service.recentRuns(id, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.recentRuns(id, ReadRunLogUseCase.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("500");
        assertThat(service.recentRuns(id, ReadRunLogUseCase.MAX_LIMIT)).isPresent();
    }

    private Integration saved() {
        Integration integration = IntegrationSamples.named("logged", 1);
        integrations.save(integration);
        return integration;
    }
}
