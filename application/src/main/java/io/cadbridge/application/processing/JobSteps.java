package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunResult;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.run.RunTrace;
import io.cadbridge.domain.run.StepOutcome;
import io.cadbridge.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One step of a job: run its integration for the job's event, then commit the outcome with the
 * job's advance. Whatever the integration does, the step ends in a run: an integration deleted
 * meanwhile is skipped, an unexpected error fails the run; so no job can get stuck on one step.
 */
final class JobSteps {

    private static final System.Logger LOG = System.getLogger(JobSteps.class.getName());

    private final IntegrationSnapshot integrations;
    private final ConversationStore conversations;
    private final IntegrationRunner runner;
    private final StatisticsKeys statistics;
    private final WorkQueue queue;
    private final Clock clock;

    JobSteps(
            IntegrationSnapshot integrations,
            ConversationStore conversations,
            IntegrationRunner runner,
            StatisticsKeys statistics,
            WorkQueue queue,
            Clock clock) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Runs the step's integration, as it is configured now. */
    RunResult run(ClaimedJob job) {
        Instant started = clock.instant();
        return integrations
                .find(job.integration())
                .filter(Integration::enabled)
                .map(integration -> runSafely(integration, job.event()))
                .orElseGet(() -> skipped(job.integration(), job.event(), started));
    }

    /** Commits the step's run and what it saved with the job's advance; nothing when {@code owner} lost the job's lease. */
    StepCommitted commit(ClaimedJob job, String owner, RunResult result, NextStep next) {
        ConversationEvent event = job.event();
        Map<String, HistoryMode> statisticsKeys =
                result.saved().members().isEmpty() ? Map.of() : statistics.includedKeys(event);
        StepOutcome outcome = new StepOutcome(result.run(), result.saved(), job.version(), statisticsKeys);
        return queue.commit(new StepCommit(job.jobId(), job.nextIndex(), owner, outcome, next));
    }

    private RunResult runSafely(Integration integration, ConversationEvent event) {
        Instant started = clock.instant();
        try {
            return runner.run(integration, event, attachedDataFor(integration, event));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "integration " + integration.id() + " failed unexpectedly for event " + event.id(), e);
            Run run = Run.of(
                    integration.id(),
                    integration.name(),
                    event,
                    RunStatus.FAILED,
                    "cadbridge could not run the integration: " + e,
                    OptionalInt.empty(),
                    Duration.between(started, clock.instant()),
                    started);
            return RunResult.nothing(run, RunTrace.NOTHING);
        }
    }

    /** Conditions and echo integrations read the attached data; the others need not wait for a read. */
    private JsonObject attachedDataFor(Integration integration, ConversationEvent event) {
        if (!integration.endpointUrl().isEcho()
                && integration.configuration().request().condition().isEmpty()) {
            return JsonObject.EMPTY;
        }
        return conversations
                .find(event.conversationId())
                .map(Conversation::attachedData)
                .orElse(AttachedData.EMPTY)
                .values();
    }

    private RunResult skipped(IntegrationId id, ConversationEvent event, Instant started) {
        Run run = Run.of(
                id,
                "",
                event,
                RunStatus.SKIPPED,
                "the integration was deleted or disabled before it ran",
                OptionalInt.empty(),
                Duration.between(started, clock.instant()),
                started);
        return RunResult.nothing(run, RunTrace.NOTHING);
    }
}
