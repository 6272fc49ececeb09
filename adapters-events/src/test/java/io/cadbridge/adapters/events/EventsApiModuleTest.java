package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.cadbridge.application.administration.IntegrationPolicy;
import io.cadbridge.application.administration.ReadinessService;
import io.cadbridge.application.administration.TokenService;
import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.AgentViewUseCase;
import io.cadbridge.application.port.in.AuditUseCase;
import io.cadbridge.application.port.in.AuthenticateUseCase;
import io.cadbridge.application.port.in.CheckReadinessUseCase;
import io.cadbridge.application.port.in.ContactDataUseCase;
import io.cadbridge.application.port.in.DisplayProfilesUseCase;
import io.cadbridge.application.port.in.EraseDataUseCase;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.ListVendorsUseCase;
import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ManageRunsUseCase;
import io.cadbridge.application.port.in.ManageTokensUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ReadAttachedDataUseCase;
import io.cadbridge.application.port.in.ReadCircuitBreakerUseCase;
import io.cadbridge.application.port.in.ReadHistoryUseCase;
import io.cadbridge.application.port.in.ReadRejectedRecordsUseCase;
import io.cadbridge.application.port.in.ReportsUseCase;
import io.cadbridge.application.port.in.TestIntegrationUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventsApiModuleTest {

    @Test
    void theModuleProvidesOneApiServerFromTheUseCasesAndTheAccessToken() {
        InMemoryWorld world = new InMemoryWorld(Clock.systemUTC());
        Injector injector = Guice.createInjector(new EventsApiModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(ProcessEventUseCase.class).toInstance(command -> {
                    throw new UnsupportedOperationException("not needed to build the server");
                });
                bind(ManageIntegrationsUseCase.class)
                        .toInstance(world.manageIntegrations(IntegrationPolicy.HTTPS_ONLY));
                bind(ListVendorsUseCase.class).toInstance(List::of);
                bind(TestIntegrationUseCase.class).toInstance(world.testIntegrations(IntegrationPolicy.HTTPS_ONLY));
                bind(ExtraDataSettingsUseCase.class).toInstance(world.extraDataSettings());
                bind(ReadAttachedDataUseCase.class).toInstance(world.attachedData());
                bind(ManageRunsUseCase.class).toInstance(world.runLogQueries());
                bind(ManageDirectoryUseCase.class).toInstance(world.manageDirectory());
                bind(ReadCircuitBreakerUseCase.class).toInstance(id -> Optional.empty());
                bind(ReadHistoryUseCase.class).toInstance(world.history());
                bind(ReportsUseCase.class).toInstance(world.reports());
                bind(EraseDataUseCase.class).toInstance(world.erasures());
                bind(ContactDataUseCase.class).toInstance(world.contactData());
                TokenService tokens = world.tokens(RunningApi.TOKEN);
                bind(AuthenticateUseCase.class).toInstance(tokens);
                bind(ManageTokensUseCase.class).toInstance(tokens);
                bind(AuditUseCase.class).toInstance(world.audit());
                bind(ReadRejectedRecordsUseCase.class).toInstance(world.rejectedRecords());
                bind(AgentViewUseCase.class)
                        .toInstance(world.agentView(RunningApi.LINK_KEY, java.time.Duration.ofHours(12)));
                bind(DisplayProfilesUseCase.class).toInstance(world.displayProfileService());
                bind(PageSettings.class).toInstance(PageSettings.DEFAULT);
                bind(Clock.class).toInstance(Clock.systemUTC());
                bind(CheckReadinessUseCase.class).toInstance(new ReadinessService(within -> true));
                PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
                bind(PrometheusMeterRegistry.class).toInstance(meters);
                bind(MeterRegistry.class).toInstance(meters);
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
