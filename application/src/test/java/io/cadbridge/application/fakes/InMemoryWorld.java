package io.cadbridge.application.fakes;

import io.cadbridge.application.service.AttachedDataService;
import io.cadbridge.application.service.DirectoryService;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
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
import io.cadbridge.domain.condition.RandomSource;
import io.cadbridge.domain.conversation.CadLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every application service wired over the in-memory fakes, as the composition root wires them over
 * the real adapters. Jobs that run after an event's answer are held until a test runs them with
 * {@link #runBackgroundWork()}; delays of blocking integrations are recorded, not waited.
 */
public final class InMemoryWorld {

    public final InMemoryIntegrationRepository integrations = new InMemoryIntegrationRepository();
    public final InMemoryConversationStore conversations = new InMemoryConversationStore();
    public final InMemoryExtraDataSettingsRepository settings = new InMemoryExtraDataSettingsRepository();
    public final InMemoryStatisticsStore statistics = new InMemoryStatisticsStore();
    public final InMemoryRunLog runLog = new InMemoryRunLog();
    public final InMemoryDirectory directory = new InMemoryDirectory();
    public final ScriptedCrmClient crm = new ScriptedCrmClient();
    public final List<Duration> pauses = new ArrayList<>();
    public final InMemoryWorkQueue queue;
    private final List<Runnable> background = new ArrayList<>();
    private final Clock clock;
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
    private double randomFraction;
    private boolean immediate;
    private JobWorker worker;

    public InMemoryWorld(Clock clock) {
        this.clock = clock;
        this.queue = new InMemoryWorkQueue(conversations, statistics, runLog, clock, CadLimits.DEFAULT);
    }

    public IntegrationRunner runner() {
        return new IntegrationRunner(crm, directory, pauses::add, random, clock);
    }

    public ProcessEventService processEvent() {
        GroupCommit<StepCommit, StepCommitted> commits = GroupCommit.direct(queue::commit);
        IntegrationSnapshot snapshot = new IntegrationSnapshot(integrations, clock, Duration.ZERO);
        JobSteps steps = new JobSteps(snapshot, conversations, runner(), new StatisticsKeys(settings, clock, Duration.ZERO), commits, queue, random, clock);
        worker = new JobWorker(queue, steps, new HeldWork(), JobWorker.Settings.DEFAULT, "in-memory-world");
        GroupCommit<NewJob, Acceptance> accepts = GroupCommit.direct(queue::accept);
        return new ProcessEventService(snapshot, conversations, accepts, queue, steps, worker, clock);
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
        public void shutdown() {
        }

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
        return new IntegrationService(integrations, directory, policy);
    }

    public TestIntegrationService testIntegrations(IntegrationPolicy policy) {
        return new TestIntegrationService(integrations, conversations, runner(), directory, policy);
    }

    public ExtraDataSettingsService extraDataSettings() {
        return new ExtraDataSettingsService(settings);
    }

    public AttachedDataService attachedData() {
        return new AttachedDataService(conversations);
    }

    public RunLogService runLogQueries() {
        return new RunLogService(integrations, runLog, queue, clock);
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
        if (worker != null) {
            queue.ignoreDueTimes(true);
            worker.drain();
            queue.ignoreDueTimes(false);
        }
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
