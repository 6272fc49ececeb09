package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ManageRunsUseCase;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the run log (an integration's runs only while it exists) and queues retries of failed runs. */
public final class RunLogService implements ManageRunsUseCase {

    private final IntegrationRepository integrations;
    private final RunLog runLog;
    private final WorkQueue queue;
    private final Clock clock;

    public RunLogService(IntegrationRepository integrations, RunLog runLog, WorkQueue queue, Clock clock) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.runLog = requireNonNull(runLog, "runLog is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Optional<List<Run>> recentRuns(IntegrationId id, int limit) {
        requireNonNull(id, "id is null");
        checkLimit(limit);
        return integrations.findById(id).map(integration -> runLog.recentRuns(id, limit));
    }

    @Override
    public List<Run> recentRuns(Optional<RunStatus> status, int limit) {
        requireNonNull(status, "status is null");
        checkLimit(limit);
        return runLog.recentRuns(status, limit);
    }

    @Override
    public RetryOutcome retry(UUID runId) {
        Optional<Run> found = runLog.find(runId);
        if (found.isEmpty()) {
            return new RetryOutcome.UnknownRun(runId);
        }
        Run run = found.get();
        if (run.status() != RunStatus.FAILED) {
            return new RetryOutcome.NotFailed(run);
        }
        return queue.retry(runId, clock.instant())
                .<RetryOutcome>map(jobId -> new RetryOutcome.Queued(run, jobId))
                .orElseGet(() -> new RetryOutcome.NotReplayable(run));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }
}
