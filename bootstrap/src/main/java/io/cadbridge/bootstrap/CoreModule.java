package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.cadbridge.application.administration.AttachedDataService;
import io.cadbridge.application.administration.AuditService;
import io.cadbridge.application.administration.CircuitBreakerService;
import io.cadbridge.application.administration.ContactDataService;
import io.cadbridge.application.administration.DirectoryService;
import io.cadbridge.application.administration.ErasureService;
import io.cadbridge.application.administration.ExtraDataSettingsService;
import io.cadbridge.application.administration.HistoryService;
import io.cadbridge.application.administration.IntegrationPolicy;
import io.cadbridge.application.administration.IntegrationService;
import io.cadbridge.application.administration.ReadinessService;
import io.cadbridge.application.administration.RejectedRecordsService;
import io.cadbridge.application.administration.ReportsService;
import io.cadbridge.application.administration.RetentionJob;
import io.cadbridge.application.administration.RunLogService;
import io.cadbridge.application.administration.TestIntegrationService;
import io.cadbridge.application.administration.TokenService;
import io.cadbridge.application.agent.ConversationChanges;
import io.cadbridge.application.port.in.AuditUseCase;
import io.cadbridge.application.port.in.AuthenticateUseCase;
import io.cadbridge.application.port.in.CheckReadinessUseCase;
import io.cadbridge.application.port.in.ContactDataUseCase;
import io.cadbridge.application.port.in.EraseDataUseCase;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.IngestEventsUseCase;
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
import io.cadbridge.application.port.out.ApiTokenStore;
import io.cadbridge.application.port.out.AuditLog;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.Erasures;
import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.Retention;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.StorageHealth;
import io.cadbridge.application.port.out.TargetCheck;
import io.cadbridge.application.port.out.VendorCatalog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.processing.EventProcessing;
import io.cadbridge.application.processing.Housekeeping;
import io.cadbridge.application.processing.JobWorker;
import io.cadbridge.application.processing.ProcessingSettings;
import io.cadbridge.domain.access.TokenSecret;
import io.cadbridge.domain.condition.JdkRandomSource;
import io.cadbridge.domain.condition.RandomSource;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.RetentionPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Executors;

/**
 * The application services, built here so that the application module stays free of Guice. The
 * event engine comes from {@link EventProcessing}, the factory the in-memory test world uses too.
 */
final class CoreModule extends AbstractModule {

    private final IntegrationPolicy policy;
    private final ProcessingSettings processing;
    private final RetentionPolicy retentionPolicy;
    private final TokenSecret bootstrapToken;

    CoreModule(
            IntegrationPolicy policy,
            ProcessingSettings processing,
            RetentionPolicy retentionPolicy,
            TokenSecret bootstrapToken) {
        this.policy = requireNonNull(policy, "policy is null");
        this.processing = requireNonNull(processing, "processing is null");
        this.retentionPolicy = requireNonNull(retentionPolicy, "retentionPolicy is null");
        this.bootstrapToken = requireNonNull(bootstrapToken, "bootstrapToken is null");
    }

    @Override
    protected void configure() {
        bind(IntegrationPolicy.class).toInstance(policy);
        bind(LateUpdates.class).toInstance(processing.lateUpdates());
        bind(CadLimits.class).toInstance(CadLimits.DEFAULT);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(RandomSource.class).toInstance(new JdkRandomSource());
    }

    /**
     * Queued jobs run on virtual threads (waiting for a CRM costs little); the worker shuts them down.
     * The engine's runs and CRM calls are measured on their way through its ports, and each commit tells
     * the open agent views of its conversation.
     */
    @Provides
    @Singleton
    EventProcessing eventProcessing(
            IntegrationRepository integrations,
            ConversationStore conversations,
            ExtraDataSettingsRepository settings,
            WorkQueue queue,
            CrmClient crm,
            Directory directory,
            Clock clock,
            RandomSource random,
            MeterRegistry meters,
            ConversationChanges changes) {
        EventProcessing.Ports ports = new EventProcessing.Ports(
                integrations,
                conversations,
                settings,
                new ObservedWorkQueue(queue, meters, changes),
                new MeteredCrmClient(crm, meters),
                directory);
        EventProcessing.Runtime runtime = new EventProcessing.Runtime(
                clock,
                random,
                Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name("cadbridge-job-", 0).factory()),
                Thread::sleep,
                LeaseOwners.thisProcess());
        return EventProcessing.create(ports, processing, runtime);
    }

    @Provides
    JobWorker worker(EventProcessing engine) {
        return engine.worker();
    }

    @Provides
    Housekeeping housekeeping(EventProcessing engine) {
        return engine.housekeeping();
    }

    @Provides
    ProcessEventUseCase processEvent(EventProcessing engine) {
        return engine.processEvent();
    }

    @Provides
    IngestEventsUseCase ingestEvents(EventProcessing engine, EventInbox inbox) {
        return engine.ingestEvents(inbox);
    }

    @Provides
    @Singleton
    IntegrationService integrationService(
            EventProcessing engine, Directory directory, TargetCheck targets, VendorCatalog vendors) {
        return new IntegrationService(engine.integrations(), directory, policy, targets, vendors);
    }

    @Provides
    ManageIntegrationsUseCase manageIntegrations(IntegrationService service) {
        return service;
    }

    @Provides
    ListVendorsUseCase listVendors(IntegrationService service) {
        return service;
    }

    @Provides
    @Singleton
    TestIntegrationUseCase testIntegrations(
            IntegrationRepository integrations,
            ConversationStore conversations,
            EventProcessing engine,
            Directory directory,
            VendorCatalog vendors) {
        return new TestIntegrationService(integrations, conversations, engine.runner(), directory, policy, vendors);
    }

    @Provides
    @Singleton
    ExtraDataSettingsUseCase extraDataSettings(EventProcessing engine) {
        return new ExtraDataSettingsService(engine.statisticsKeys());
    }

    @Provides
    @Singleton
    ReadAttachedDataUseCase readAttachedData(ConversationStore conversations) {
        return new AttachedDataService(conversations);
    }

    @Provides
    @Singleton
    ManageRunsUseCase runs(IntegrationRepository integrations, RunLog runLog, WorkQueue queue, Clock clock) {
        return new RunLogService(integrations, runLog, queue, clock);
    }

    @Provides
    @Singleton
    ReadHistoryUseCase readHistory(HistoryStore history, EventProcessing engine) {
        return new HistoryService(history, engine.statisticsKeys());
    }

    @Provides
    @Singleton
    ReportsUseCase reports(HistoryStore history, EventProcessing engine) {
        return new ReportsService(history, engine.statisticsKeys());
    }

    @Provides
    @Singleton
    ContactDataUseCase contactData(HistoryStore history, EventProcessing engine, Clock clock) {
        return new ContactDataService(history, engine.statisticsKeys(), clock);
    }

    @Provides
    @Singleton
    EraseDataUseCase erasures(Erasures erasures, Clock clock) {
        return new ErasureService(erasures, clock);
    }

    @Provides
    CheckReadinessUseCase readiness(StorageHealth storage) {
        return new ReadinessService(storage);
    }

    /** The bootstrap token (an administrator's) and those made through the API. */
    @Provides
    @Singleton
    TokenService tokens(ApiTokenStore store, Clock clock) {
        return new TokenService(store, bootstrapToken, clock, new SecureRandom());
    }

    @Provides
    @Singleton
    AuditUseCase audit(AuditLog log, Clock clock) {
        return new AuditService(log, clock);
    }

    @Provides
    @Singleton
    ReadRejectedRecordsUseCase rejectedRecords(EventInbox inbox) {
        return new RejectedRecordsService(inbox);
    }

    @Provides
    AuthenticateUseCase authenticate(TokenService tokens) {
        return tokens;
    }

    @Provides
    ManageTokensUseCase manageTokens(TokenService tokens) {
        return tokens;
    }

    /** Every interval (an hour by default): cheap when there is nothing to delete, and bounded work when there is. */
    @Provides
    @Singleton
    RetentionJob retention(Retention retention, Clock clock) {
        return new RetentionJob(retention, retentionPolicy, clock);
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
