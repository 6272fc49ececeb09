package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Runs across integrations: list them (e.g. the failed ones) and run a failed one again. */
public interface ManageRunsUseCase extends ReadRunLogUseCase {

    /**
     * @param status only runs with this status; any status when empty
     * @param limit 1 to {@link #MAX_LIMIT}
     * @return at most {@code limit} runs, newest first
     */
    List<Run> recentRuns(Optional<RunStatus> status, int limit);

    /** Queues the failed run's integration to run once more for the same event. */
    RetryOutcome retry(UUID runId);

    sealed interface RetryOutcome {
        /** A job runs the integration again (soon, on any process); its result is a new run. */
        record Queued(Run run, long jobId) implements RetryOutcome {
            public Queued {
                requireNonNull(run, "run is null");
            }
        }

        record UnknownRun(UUID runId) implements RetryOutcome {}

        /** Only failed runs are retried: a succeeded or skipped run did what it should. */
        record NotFailed(Run run) implements RetryOutcome {}

        /** The run was recorded before cadbridge kept events durably: its event cannot be replayed. */
        record NotReplayable(Run run) implements RetryOutcome {}
    }
}
