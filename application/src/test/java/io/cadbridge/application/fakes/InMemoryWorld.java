package io.cadbridge.application.fakes;

import io.cadbridge.application.administration.AttachedDataService;
import io.cadbridge.application.administration.AuditService;
import io.cadbridge.application.administration.ContactDataService;
import io.cadbridge.application.administration.DirectoryService;
import io.cadbridge.application.administration.ErasureService;
import io.cadbridge.application.administration.ExtraDataSettingsService;
import io.cadbridge.application.administration.HistoryService;
import io.cadbridge.application.administration.IntegrationPolicy;
import io.cadbridge.application.administration.IntegrationService;
import io.cadbridge.application.administration.RejectedRecordsService;
import io.cadbridge.application.administration.ReportsService;
import io.cadbridge.application.administration.RunLogService;
import io.cadbridge.application.administration.TestIntegrationService;
import io.cadbridge.application.administration.TokenService;
import io.cadbridge.application.agent.AgentViewService;
import io.cadbridge.application.agent.ConversationChanges;
import io.cadbridge.application.agent.DisplayProfileService;
import io.cadbridge.application.port.in.IngestEventsUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.processing.EventProcessing;
import io.cadbridge.application.processing.IntegrationRunner;
import io.cadbridge.application.processing.ProcessingSettings;
import io.cadbridge.domain.access.AgentLinkToken;
import io.cadbridge.domain.access.TokenSecret;
import io.cadbridge.domain.condition.RandomSource;
import io.cadbridge.domain.conversation.CadLimits;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every application service wired over the in-memory fakes, the event engine by the same factory
 * as the composition root ({@link EventProcessing}). Jobs that run after an event's answer are held
 * until a test runs them with {@link #runBackgroundWork()}; delays of blocking integrations are
 * recorded, not waited; configuration is read fresh on every use.
 */
public final class InMemoryWorld {

    public final InMemoryIntegrationRepository integrations = new InMemoryIntegrationRepository();
    public final InMemoryConversationStore conversations = new InMemoryConversationStore();
    public final InMemoryExtraDataSettingsRepository settings = new InMemoryExtraDataSettingsRepository();
    public final InMemoryRunLog runLog = new InMemoryRunLog();
    public final InMemoryDirectory directory = new InMemoryDirectory();
    public final ScriptedCrmClient crm = new ScriptedCrmClient();
    public final InMemoryApiTokenStore apiTokens = new InMemoryApiTokenStore();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final InMemoryDisplayProfileRepository displayProfiles = new InMemoryDisplayProfileRepository();
    public final ConversationChanges changes = new ConversationChanges();
    public final ListedTargets targets = new ListedTargets();
    public final List<Duration> pauses = new ArrayList<>();
    public final InMemoryWorkQueue queue;
    public final InMemoryEventInbox inbox;
    private final List<Runnable> background = new ArrayList<>();
    private final MovableClock clock;
    private final RandomSource random = new RandomSource() {
        @Override
        public long nextLong(long bound) {
            return (long) Math.floor(randomFraction * bound);
        }

        @Override
        public double nextDouble() {
            return randomFraction;
        }
    };
    private final EventProcessing engine;
    private double randomFraction;
    private boolean immediate;

    public InMemoryWorld(Clock start) {
        this.clock = new MovableClock(start);
        this.queue = new InMemoryWorkQueue(conversations, runLog, clock, CadLimits.DEFAULT);
        this.inbox = new InMemoryEventInbox(queue, clock);
        EventProcessing.Ports ports =
                new EventProcessing.Ports(integrations, conversations, settings, queue, crm, directory);
        EventProcessing.Runtime runtime =
                new EventProcessing.Runtime(clock, random, new HeldWork(), pauses::add, "in-memory-world");
        this.engine = EventProcessing.create(
                ports, ProcessingSettings.DEFAULT.withConfigurationMaxAge(Duration.ZERO), runtime);
    }

    public IntegrationRunner runner() {
        return engine.runner();
    }

    public ProcessEventUseCase processEvent() {
        return engine.processEvent();
    }

    /** Accepting batches from a stream (Kafka) into {@link #inbox}. */
    public IngestEventsUseCase ingestEvents() {
        return engine.ingestEvents(inbox);
    }

    /** Runs jobs handed to the worker when the test says so (or at once, after {@link #runBackgroundWorkImmediately}). */
    private final class HeldWork extends AbstractExecutorService {
        @Override
        public void execute(Runnable work) {
            if (immediate) {
                work.run();
            } else {
                background.add(work);
            }
        }

        @Override
        public void shutdown() {}

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    public IntegrationService manageIntegrations(IntegrationPolicy policy) {
        return new IntegrationService(engine.integrations(), directory, policy, targets);
    }

    public TestIntegrationService testIntegrations(IntegrationPolicy policy) {
        return new TestIntegrationService(integrations, conversations, engine.runner(), directory, policy);
    }

    public ExtraDataSettingsService extraDataSettings() {
        return new ExtraDataSettingsService(engine.statisticsKeys());
    }

    public AttachedDataService attachedData() {
        return new AttachedDataService(conversations);
    }

    public RunLogService runLogQueries() {
        return new RunLogService(integrations, runLog, queue, clock);
    }

    public HistoryService history() {
        return new HistoryService(new InMemoryHistoryStore(queue, runLog, clock), engine.statisticsKeys());
    }

    public ContactDataService contactData() {
        return new ContactDataService(new InMemoryHistoryStore(queue, runLog, clock), engine.statisticsKeys(), clock);
    }

    public ErasureService erasures() {
        return new ErasureService(new InMemoryErasures(conversations, queue, runLog), clock);
    }

    /** The agent view of this world, its links signed with {@code key} and valid for {@code lifetime}. */
    public AgentViewService agentView(AgentLinkToken.Key key, Duration lifetime) {
        return new AgentViewService(conversations, displayProfiles, changes, key, lifetime, clock);
    }

    public DisplayProfileService displayProfileService() {
        return new DisplayProfileService(displayProfiles);
    }

    public RejectedRecordsService rejectedRecords() {
        return new RejectedRecordsService(inbox);
    }

    public AuditService audit() {
        return new AuditService(auditLog, clock);
    }

    /** The tokens of this world, with {@code bootstrapSecret} as its administrator's token. */
    public TokenService tokens(String bootstrapSecret) {
        return new TokenService(apiTokens, new TokenSecret(bootstrapSecret), clock, new SecureRandom());
    }

    public ReportsService reports() {
        return new ReportsService(new InMemoryHistoryStore(queue, runLog, clock), engine.statisticsKeys());
    }

    public DirectoryService manageDirectory() {
        return new DirectoryService(directory);
    }

    /**
     * Runs the jobs the services started after their answers, then every job still queued (delayed
     * ones too: tests do not wait), as the real worker and the other processes would.
     */
    public void runBackgroundWork() {
        List<Runnable> work = new ArrayList<>(background);
        background.clear();
        work.forEach(Runnable::run);
        queue.ignoreDueTimes(true);
        engine.worker().drain();
        queue.ignoreDueTimes(false);
    }

    /** Moves the world's clock forward: what every service of it reads. */
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    /** Removes the unsaved keys of closed conversations whose grace period is over, as the housekeeping thread does. */
    public int removeUnsavedKeys() {
        return engine.housekeeping().removeUnsavedKeys();
    }

    /** From now on, work handed to the background executor runs at once, before the event's answer returns. */
    public InMemoryWorld runBackgroundWorkImmediately() {
        this.immediate = true;
        return this;
    }

    /** The fraction in [0, 1) that picks a delay between {@code delay} and {@code delayMax}. */
    public void randomFraction(double fraction) {
        this.randomFraction = fraction;
    }
}
