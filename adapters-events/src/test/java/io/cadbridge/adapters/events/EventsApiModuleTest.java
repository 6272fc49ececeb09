package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.cadbridge.application.fakes.InMemoryConversationStore;
import io.cadbridge.application.fakes.InMemoryDirectory;
import io.cadbridge.application.fakes.InMemoryExtraDataSettingsRepository;
import io.cadbridge.application.fakes.InMemoryIntegrationRepository;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ReadAttachedDataUseCase;
import io.cadbridge.application.service.AttachedDataService;
import io.cadbridge.application.service.DirectoryService;
import io.cadbridge.application.service.ExtraDataSettingsService;
import io.cadbridge.application.service.IntegrationService;
import org.junit.jupiter.api.Test;

class EventsApiModuleTest {

    @Test
    void theModuleProvidesOneApiServerFromTheUseCasesAndTheAccessToken() {
        Injector injector = Guice.createInjector(new EventsApiModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(ProcessEventUseCase.class).toInstance(command -> {
                    throw new UnsupportedOperationException("not needed to build the server");
                });
                bind(ManageIntegrationsUseCase.class).toInstance(new IntegrationService(new InMemoryIntegrationRepository()));
                bind(ExtraDataSettingsUseCase.class).toInstance(new ExtraDataSettingsService(new InMemoryExtraDataSettingsRepository()));
                bind(ReadAttachedDataUseCase.class).toInstance(new AttachedDataService(new InMemoryConversationStore()));
                bind(ManageDirectoryUseCase.class).toInstance(new DirectoryService(new InMemoryDirectory()));
                bind(ApiAccess.class).toInstance(new ApiAccess(RunningApi.TOKEN));
            }
        });

        ApiServer server = injector.getInstance(ApiServer.class);

        assertThat(injector.getInstance(ApiServer.class)).isSameAs(server);
        int port = server.start(0);
        try {
            assertThat(port).isPositive();
        } finally {
            server.stop();
        }
    }
}
