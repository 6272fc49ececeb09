package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ReadCircuitBreakerUseCase;
import io.cadbridge.application.port.in.ReadAttachedDataUseCase;
import io.cadbridge.application.port.in.TestIntegrationUseCase;
import io.cadbridge.application.port.in.ReadRunLogUseCase;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.EventLog;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.application.service.AttachedDataService;
import io.cadbridge.application.service.CircuitBreakerService;
import io.cadbridge.application.service.EventRunFactory;
import io.cadbridge.application.service.DirectoryService;
import io.cadbridge.application.service.ExtraDataSettingsService;
import io.cadbridge.application.service.IntegrationPolicy;
import io.cadbridge.application.service.IntegrationRunner;
import io.cadbridge.application.service.IntegrationService;
import io.cadbridge.application.service.ProcessEventService;
import io.cadbridge.application.service.RunLogService;
import io.cadbridge.application.service.StatisticsRecorder;
import io.cadbridge.application.service.TestIntegrationService;
import io.cadbridge.domain.condition.JdkRandomSource;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The application services, built here so that the application module stays free of Guice. */
final class CoreModule extends AbstractModule {

    private final IntegrationPolicy policy;

    CoreModule(IntegrationPolicy policy) {
        this.policy = requireNonNull(policy, "policy is null");
    }

    @Override
    protected void configure() {
        bind(IntegrationPolicy.class).toInstance(policy);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Integrations that run after their event's answer: waiting (delays, CRM calls) costs a virtual thread only. */
    @Provides
    @Singleton
    ExecutorService background() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("cadbridge-integration-", 0).factory());
    }

    @Provides
    @Singleton
    IntegrationRunner runner(CrmClient crm, Directory directory, Clock clock) {
        return new IntegrationRunner(crm, directory, Thread::sleep, new JdkRandomSource(), clock);
    }

    @Provides
    @Singleton
    ProcessEventUseCase processEvent(EventLog eventLog, IntegrationRepository integrations, IntegrationRunner runner,
            ConversationStore conversations, ExtraDataSettingsRepository settings, StatisticsStore statistics, RunLog runLog,
            ExecutorService background, Clock clock) {
        EventRunFactory runs = new EventRunFactory(runner, conversations, new StatisticsRecorder(settings, statistics, clock), runLog, clock);
        return new ProcessEventService(eventLog, integrations, conversations, runs, background, clock);
    }

    @Provides
    @Singleton
    ManageIntegrationsUseCase manageIntegrations(IntegrationRepository integrations, Directory directory) {
        return new IntegrationService(integrations, directory, policy);
    }

    @Provides
    @Singleton
    TestIntegrationUseCase testIntegrations(IntegrationRepository integrations, ConversationStore conversations,
            IntegrationRunner runner, Directory directory) {
        return new TestIntegrationService(integrations, conversations, runner, directory, policy);
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
    ReadRunLogUseCase readRunLog(IntegrationRepository integrations, RunLog runLog) {
        return new RunLogService(integrations, runLog);
    }

    @Provides
    @Singleton
    ManageDirectoryUseCase manageDirectory(Directory directory) {
        return new DirectoryService(directory);
    }

    @Provides
    @Singleton
    ReadCircuitBreakerUseCase readCircuitBreakers(IntegrationRepository integrations, CrmCallHealth health) {
        return new CircuitBreakerService(integrations, health);
    }
}
