package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.IngestEventsUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.Pause;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.condition.RandomSource;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/**
 * The event engine, wired: the one place that builds it, for the composition root and the
 * in-memory test world alike. Everything it builds shares one clock, one source of randomness and
 * one snapshot of the configuration.
 */
public final class EventProcessing {

    /** The outbound ports the engine works with. */
    public record Ports(
            IntegrationRepository integrations,
            ConversationStore conversations,
            ExtraDataSettingsRepository extraDataSettings,
            WorkQueue queue,
            CrmClient crm,
            Directory directory) {
        public Ports {
            requireNonNull(integrations, "integrations is null");
            requireNonNull(conversations, "conversations is null");
            requireNonNull(extraDataSettings, "extraDataSettings is null");
            requireNonNull(queue, "queue is null");
            requireNonNull(crm, "crm is null");
            requireNonNull(directory, "directory is null");
        }
    }

    /**
     * What the engine runs on.
     *
     * @param jobThreads runs queued jobs (a virtual thread each); the worker shuts it down
     * @param pause waits the delays of the steps an event's answer waits for
     * @param owner the name this process leases jobs under: unique per process start
     */
    public record Runtime(Clock clock, RandomSource random, ExecutorService jobThreads, Pause pause, String owner) {
        public Runtime {
            requireNonNull(clock, "clock is null");
            requireNonNull(random, "random is null");
            requireNonNull(jobThreads, "jobThreads is null");
            requireNonNull(pause, "pause is null");
            requireNonNull(owner, "owner is null");
        }
    }

    private final IntegrationSnapshot integrations;
    private final StatisticsKeys statisticsKeys;
    private final IntegrationRunner runner;
    private final JobWorker worker;
    private final ProcessEventService processEvent;
    private final Housekeeping housekeeping;
    private final StepTiming timing;

    private EventProcessing(Ports ports, ProcessingSettings settings, Runtime runtime) {
        Clock clock = runtime.clock();
        integrations = new IntegrationSnapshot(ports.integrations(), clock, settings.configurationMaxAge());
        statisticsKeys = new StatisticsKeys(ports.extraDataSettings(), clock, settings.configurationMaxAge());
        runner = new IntegrationRunner(ports.crm(), ports.directory(), runtime.random(), clock);
        JobSteps steps =
                new JobSteps(integrations, ports.conversations(), runner, statisticsKeys, ports.queue(), clock);
        timing = new StepTiming(integrations, runtime.pause(), runtime.random(), clock);
        worker = new JobWorker(ports.queue(), steps, timing, runtime.jobThreads(), settings, runtime.owner());
        processEvent = new ProcessEventService(integrations, ports.conversations(), worker);
        housekeeping = new Housekeeping(
                ports.conversations(), statisticsKeys, settings.lateUpdates(), settings.housekeepingInterval(), clock);
    }

    public static EventProcessing create(Ports ports, ProcessingSettings settings, Runtime runtime) {
        return new EventProcessing(
                requireNonNull(ports, "ports is null"),
                requireNonNull(settings, "settings is null"),
                requireNonNull(runtime, "runtime is null"));
    }

    public ProcessEventUseCase processEvent() {
        return processEvent;
    }

    /** Accepting batches read from a stream (Kafka) into {@code inbox}, with the triggers and timing of {@link #processEvent}. */
    public IngestEventsUseCase ingestEvents(EventInbox inbox) {
        return new IngestEventsService(integrations, timing, inbox);
    }

    /** The worker: started and closed by whoever runs the engine. */
    public JobWorker worker() {
        return worker;
    }

    /** The integrations as the engine reads them; saving through it takes effect at once on this process. */
    public IntegrationSnapshot integrations() {
        return integrations;
    }

    /** The channels' extra-data settings as the engine reads them; saving through it takes effect at once on this process. */
    public StatisticsKeys statisticsKeys() {
        return statisticsKeys;
    }

    /** Removes the unsaved keys of closed conversations after their grace period: started and closed by whoever runs the engine. */
    public Housekeeping housekeeping() {
        return housekeeping;
    }

    /** Runs one integration at once: what test runs use too. */
    public IntegrationRunner runner() {
        return runner;
    }
}
