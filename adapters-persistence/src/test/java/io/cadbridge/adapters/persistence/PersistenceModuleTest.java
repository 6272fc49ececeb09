package io.cadbridge.adapters.persistence;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.application.port.out.contract.IntegrationSamples;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.integration.Integration;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PersistenceModuleTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private final Injector injector =
            Guice.createInjector(new PersistenceModule(DATABASE.dataSource(), PostgresSchema.KEYS), binder -> {
                binder.bind(Clock.class).toInstance(Clock.systemUTC());
                binder.bind(CadLimits.class).toInstance(CadLimits.DEFAULT);
                binder.bind(LateUpdates.class).toInstance(LateUpdates.DEFAULT);
            });

    @Test
    void bindsEveryPersistencePortToOneSharedInstance() {
        for (Class<?> port : List.of(
                IntegrationRepository.class,
                ConversationStore.class,
                WorkQueue.class,
                ExtraDataSettingsRepository.class,
                RunLog.class,
                Directory.class)) {
            assertThat(injector.getInstance(port)).as(port.getSimpleName()).isSameAs(injector.getInstance(port));
        }
    }

    @Test
    void theBoundAdaptersWorkOnTheGivenDataSource() {
        Integration integration = IntegrationSamples.named("through Guice", 1);

        injector.getInstance(IntegrationRepository.class).save(integration);

        assertThat(injector.getInstance(IntegrationRepository.class).findById(integration.id()))
                .contains(integration);
        assertThat(injector.getInstance(WorkQueue.class)
                        .accept(new NewJob(
                                ConversationSamples.event("guice-event", "c-1"),
                                List.of(integration.id()),
                                NOON,
                                Optional.empty())))
                .isInstanceOf(Acceptance.Accepted.class);
    }
}
