package io.cadbridge.application.fakes;

import io.cadbridge.application.service.AttachedDataService;
import io.cadbridge.application.service.DirectoryService;
import io.cadbridge.application.service.EventRunFactory;
import io.cadbridge.application.service.ExtraDataSettingsService;
import io.cadbridge.application.service.IntegrationPolicy;
import io.cadbridge.application.service.IntegrationRunner;
import io.cadbridge.application.service.IntegrationService;
import io.cadbridge.application.service.ProcessEventService;
import io.cadbridge.application.service.RunLogService;
import io.cadbridge.application.service.StatisticsRecorder;
import io.cadbridge.application.service.TestIntegrationService;
import io.cadbridge.domain.condition.RandomSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Every application service wired over the in-memory fakes, as the composition root wires them over
 * the real adapters. Integrations that run after an event's answer run on {@link #background}, which
 * tests drain with {@link #runBackgroundWork()}; delays are recorded, not waited.
 */
public final class InMemoryWorld {

    public final InMemoryIntegrationRepository integrations = new InMemoryIntegrationRepository();
    public final InMemoryConversationStore conversations = new InMemoryConversationStore();
    public final InMemoryEventLog eventLog = new InMemoryEventLog();
    public final InMemoryExtraDataSettingsRepository settings = new InMemoryExtraDataSettingsRepository();
    public final InMemoryStatisticsStore statistics = new InMemoryStatisticsStore();
    public final InMemoryRunLog runLog = new InMemoryRunLog();
    public final InMemoryDirectory directory = new InMemoryDirectory();
    public final ScriptedCrmClient crm = new ScriptedCrmClient();
    public final List<Duration> pauses = new ArrayList<>();
    private final List<Runnable> background = new ArrayList<>();
    private final Clock clock;
    private double randomFraction;
    private boolean immediate;

    public InMemoryWorld(Clock clock) {
        this.clock = clock;
    }

    public IntegrationRunner runner() {
        return new IntegrationRunner(crm, directory, pauses::add, new RandomSource() {
            @Override
            public long nextLong(long bound) {
                return (long) Math.floor(randomFraction * bound);
            }

            @Override
            public double nextDouble() {
                return randomFraction;
            }
        }, clock);
    }

    public ProcessEventService processEvent() {
        EventRunFactory runs = new EventRunFactory(runner(), conversations, new StatisticsRecorder(settings, statistics, clock), runLog, clock);
        Executor executor = work -> {
            if (immediate) {
                work.run();
            } else {
                background.add(work);
            }
        };
        return new ProcessEventService(eventLog, integrations, conversations, runs, executor, clock);
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
        return new RunLogService(integrations, runLog);
    }

    public DirectoryService manageDirectory() {
        return new DirectoryService(directory);
    }

    /** Runs what the services handed to the background executor, as the real executor would. */
    public void runBackgroundWork() {
        List<Runnable> work = new ArrayList<>(background);
        background.clear();
        work.forEach(Runnable::run);
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
