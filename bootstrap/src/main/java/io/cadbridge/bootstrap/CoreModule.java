package io.cadbridge.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ReadAttachedDataUseCase;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.EventLog;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.application.service.AttachedDataService;
import io.cadbridge.application.service.DirectoryService;
import io.cadbridge.application.service.ExtraDataSettingsService;
import io.cadbridge.application.service.IntegrationRunner;
import io.cadbridge.application.service.IntegrationService;
import io.cadbridge.application.service.ProcessEventService;
import io.cadbridge.application.service.StatisticsRecorder;
import java.time.Clock;

/** The application services, built here so that the application module stays free of Guice. */
final class CoreModule extends AbstractModule {

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    ProcessEventUseCase processEvent(EventLog eventLog, IntegrationRepository integrations, CrmClient crm,
            ConversationStore conversations, ExtraDataSettingsRepository settings, StatisticsStore statistics, Clock clock) {
        return new ProcessEventService(eventLog, integrations, new IntegrationRunner(crm, clock), conversations,
                new StatisticsRecorder(settings, statistics, clock), clock);
    }

    @Provides
    @Singleton
    ManageIntegrationsUseCase manageIntegrations(IntegrationRepository integrations) {
        return new IntegrationService(integrations);
    }

    @Provides
    @Singleton
    ExtraDataSettingsUseCase extraDataSettings(ExtraDataSettingsRepository settings) {
        return new ExtraDataSettingsService(settings);
    }

    @Provides
    @Singleton
    ReadAttachedDataUseCase readAttachedData(ConversationStore conversations) {
        return new AttachedDataService(conversations);
    }

    @Provides
    @Singleton
    ManageDirectoryUseCase manageDirectory(Directory directory) {
        return new DirectoryService(directory);
    }
}
