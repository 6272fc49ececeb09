package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ManageRunsUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ReadCircuitBreakerUseCase;
import io.cadbridge.application.port.in.ReadAttachedDataUseCase;
import io.cadbridge.application.port.in.TestIntegrationUseCase;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.service.AttachedDataService;
import io.cadbridge.application.service.CircuitBreakerService;
import io.cadbridge.application.service.DirectoryService;
import io.cadbridge.application.service.ExtraDataSettingsService;
import io.cadbridge.application.service.GroupCommit;
import io.cadbridge.application.service.IntegrationPolicy;
import io.cadbridge.application.service.IntegrationRunner;
import io.cadbridge.application.service.IntegrationService;
import io.cadbridge.application.service.IntegrationSnapshot;
import io.cadbridge.application.service.JobSteps;
import io.cadbridge.application.service.JobWorker;
import io.cadbridge.application.service.ProcessEventService;
import io.cadbridge.application.service.RunLogService;
import io.cadbridge.application.service.StatisticsKeys;
import io.cadbridge.application.service.TestIntegrationService;
import io.cadbridge.domain.condition.JdkRandomSource;
import io.cadbridge.domain.conversation.CadLimits;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The application services, built here so that the application module stays free of Guice. */
final class CoreModule extends AbstractModule {

    /** At most this many events or step results share one database transaction. */
    private static final int MAX_BATCH = 500;
    /** How old the configuration that event processing reads may be on a process that did not change it. */
    private static final Duration CONFIGURATION_MAX_AGE = Duration.ofSeconds(1);

    private final IntegrationPolicy policy;
    private final JobWorker.Settings workerSettings;

    CoreModule(IntegrationPolicy policy, JobWorker.Settings workerSettings) {
        this.policy = requireNonNull(policy, "policy is null");
        this.workerSettings = requireNonNull(workerSettings, "workerSettings is null");
    }

    @Override
    protected void configure() {
        bind(IntegrationPolicy.class).toInstance(policy);
        bind(CadLimits.class).toInstance(CadLimits.DEFAULT);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Queued jobs: waiting for a CRM costs a virtual thread only. The worker shuts it down. */
    @Provides
    @Singleton
    ExecutorService background() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("cadbridge-job-", 0).factory());
    }

    /** What event processing reads integrations through: re-read at most every second, at once after a save here. */
    @Provides
    @Singleton
    IntegrationSnapshot integrationSnapshot(IntegrationRepository integrations, Clock clock) {
        return new IntegrationSnapshot(integrations, clock, CONFIGURATION_MAX_AGE);
    }

    /** The channels' extra-data settings as event processing reads them: at most a second old, at once after a save here. */
    @Provides
    @Singleton
    StatisticsKeys statisticsKeys(ExtraDataSettingsRepository settings, Clock clock) {
        return new StatisticsKeys(settings, clock, CONFIGURATION_MAX_AGE);
    }

    @Provides
    @Singleton
    GroupCommit<NewJob, Acceptance> accepts(WorkQueue queue) {
        return new GroupCommit<>("event-acceptance", MAX_BATCH, queue::accept);
    }

    @Provides
    @Singleton
    GroupCommit<StepCommit, StepCommitted> stepCommits(WorkQueue queue) {
        return new GroupCommit<>("step-commit", MAX_BATCH, queue::commit);
    }

    @Provides
    @Singleton
    JobSteps jobSteps(IntegrationSnapshot integrations, ConversationStore conversations, IntegrationRunner runner,
            StatisticsKeys statisticsKeys, GroupCommit<StepCommit, StepCommitted> commits, WorkQueue queue, Clock clock) {
        return new JobSteps(integrations, conversations, runner, statisticsKeys, commits, queue, new JdkRandomSource(), clock);
    }

    /** The lease owner names the process (pid@host) for operators, plus a random part: a restarted process is a new owner. */
    @Provides
    @Singleton
    JobWorker worker(WorkQueue queue, JobSteps steps, ExecutorService background) {
        String owner = ProcessHandle.current().pid() + "@" + hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return new JobWorker(queue, steps, background, workerSettings, owner);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    @Provides
    @Singleton
    IntegrationRunner runner(CrmClient crm, Directory directory, Clock clock) {
        return new IntegrationRunner(crm, directory, Thread::sleep, new JdkRandomSource(), clock);
    }

    @Provides
    @Singleton
    ProcessEventUseCase processEvent(IntegrationSnapshot integrations, ConversationStore conversations,
            GroupCommit<NewJob, Acceptance> accepts, WorkQueue queue, JobSteps steps, JobWorker worker, Clock clock) {
        return new ProcessEventService(integrations, conversations, accepts, queue, steps, worker, clock);
    }

    @Provides
    @Singleton
    ManageIntegrationsUseCase manageIntegrations(IntegrationSnapshot integrations, Directory directory) {
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
    ExtraDataSettingsUseCase extraDataSettings(StatisticsKeys settings) {
        return new ExtraDataSettingsService(settings);
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
    ManageDirectoryUseCase manageDirectory(Directory directory) {
        return new DirectoryService(directory);
    }

    @Provides
    @Singleton
    ReadCircuitBreakerUseCase readCircuitBreakers(IntegrationRepository integrations, CrmCallHealth health) {
        return new CircuitBreakerService(integrations, health);
    }
}
