package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.RunReport;
import io.cadbridge.application.port.in.RunTrace;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.RunRecord;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.condition.RandomSource;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.run.RunStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * Runs one step of a job (one integration for one event) and commits its effects with the job's
 * advance. Whatever the integration does, the step ends in a recorded run: an integration deleted
 * meanwhile is skipped, an unexpected error fails the run; so no job can get stuck on one step.
 */
public final class JobSteps {

    private static final System.Logger LOG = System.getLogger(JobSteps.class.getName());
    /** A step refused by a limit is due again after 200 to 400 ms. */
    private static final long LIMIT_BACKOFF_MILLIS = 200;

    /**
     * How a step went: the run's full result, and whether its commit held (the lease was still ours).
     * {@code committed} is empty when the step was postponed instead: a limit of this service refused
     * the call before anything was sent, so the job is due again a moment later rather than failed.
     */
    public record StepDone(IntegrationRunner.RunResult result, Optional<StepCommitted> committed, Optional<Instant> next, boolean keptLease) {
        public boolean leaseLost() {
            return committed.filter(StepCommitted.LeaseLost.class::isInstance).isPresent();
        }

        public boolean postponed() {
            return committed.isEmpty();
        }

        public RunReport report() {
            return committed.orElse(null) instanceof StepCommitted.Committed(RunRecord run)
                    ? new RunReport(run.integrationId(), result.report().integrationName(), run.status(), run.reason(), run.httpStatus(), run.duration())
                    : result.report();
        }
    }

    private final IntegrationSnapshot integrations;
    private final ConversationStore conversations;
    private final IntegrationRunner runner;
    private final StatisticsKeys statistics;
    private final GroupCommit<StepCommit, StepCommitted> commits;
    private final WorkQueue queue;
    private final RandomSource random;
    private final Clock clock;

    public JobSteps(IntegrationSnapshot integrations, ConversationStore conversations, IntegrationRunner runner,
            StatisticsKeys statistics, GroupCommit<StepCommit, StepCommitted> commits, WorkQueue queue, RandomSource random, Clock clock) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.commits = requireNonNull(commits, "commits is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.random = requireNonNull(random, "random is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Runs the job's next integration. {@code inline}: the caller waits (the event's answer), so the
     * integration's delay is waited here; otherwise the delay was the job's due time already.
     * {@code nextInline}: the caller runs the following step at once, waiting its delay itself.
     */
    public StepDone run(ClaimedJob job, String owner, boolean inline, boolean nextInline) {
        Instant started = clock.instant();
        IntegrationId id = job.integrations().get(job.nextIndex());
        Optional<Integration> integration = integrations.find(id).filter(Integration::enabled);
        IntegrationRunner.RunResult result = integration.map(it -> runSafely(it, job.event(), inline))
                .orElseGet(() -> skipped(id, clock.instant()));
        if (!inline && result.refusedByLimit()) {
            // Many queued jobs of one integration at once (after a restart, a burst): the ones over its
            // concurrency or rate limit wait their turn instead of failing without having been sent.
            Instant retryAt = clock.instant().plusMillis(LIMIT_BACKOFF_MILLIS + random.nextLong(LIMIT_BACKOFF_MILLIS));
            queue.release(owner, job.jobId(), retryAt);
            return new StepDone(result, Optional.empty(), Optional.of(retryAt), false);
        }
        Optional<Instant> next = Optional.empty();
        boolean keepLease = false;
        if (job.hasNext()) {
            Duration delay = nextInline ? Duration.ZERO : delayOf(job.integrations().get(job.nextIndex() + 1));
            next = Optional.of(clock.instant().plus(delay));
            keepLease = delay.isZero();
        }
        RunReport report = result.report();
        ConversationEvent event = job.event();
        RunRecord run = new RunRecord(UUID.randomUUID(), id, event.id(), event.name(), event.conversationId(), report.status(),
                report.reason(), report.httpStatus(), report.duration(), started);
        StepCommit step = new StepCommit(job.jobId(), job.nextIndex(), owner, run, result.saved(), job.version(job.nextIndex()),
                result.saved().members().isEmpty() ? Set.of() : statistics.includedKeys(event), next, keepLease);
        return new StepDone(result, Optional.of(commits.submit(step)), next, keepLease);
    }

    private IntegrationRunner.RunResult runSafely(Integration integration, ConversationEvent event, boolean inline) {
        JsonObject attachedData = needsAttachedData(integration)
                ? conversations.find(event.conversationId()).map(Conversation::attachedData).orElse(AttachedData.EMPTY).values()
                : JsonObject.EMPTY;
        try {
            return inline ? runner.run(integration, event, attachedData) : runner.runWithoutDelay(integration, event, attachedData);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "integration " + integration.id() + " failed unexpectedly for event " + event.id(), e);
            RunReport report = new RunReport(integration.id(), integration.name(), RunStatus.FAILED,
                    "cadbridge could not run the integration: " + e, OptionalInt.empty(), Duration.ZERO);
            return new IntegrationRunner.RunResult(JsonObject.EMPTY, List.of(), report, RunTrace.NOTHING);
        }
    }

    /** Conditions and echo integrations read the attached data; the others need not wait for a read. */
    private static boolean needsAttachedData(Integration integration) {
        return integration.endpointUrl().isEcho() || integration.configuration().request().condition().isPresent();
    }

    private IntegrationRunner.RunResult skipped(IntegrationId id, Instant now) {
        RunReport report = new RunReport(id, "", RunStatus.SKIPPED, "the integration was deleted or disabled before it ran",
                OptionalInt.empty(), Duration.between(now, clock.instant()));
        return new IntegrationRunner.RunResult(JsonObject.EMPTY, List.of(), report, RunTrace.NOTHING);
    }

    /** The delay before an integration's request, picked between {@code delay} and {@code delayMax}. */
    Duration delayOf(IntegrationId id) {
        return integrations.find(id)
                .flatMap(integration -> integration.configuration().request().delay())
                .map(range -> range.pick(random.nextDouble()))
                .orElse(Duration.ZERO);
    }
}
