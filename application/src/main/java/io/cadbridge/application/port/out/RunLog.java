package io.cadbridge.application.port.out;

import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every run of every integration, kept so administrators can see what happened. Runs are written
 * by {@link WorkQueue#commit} with the step they belong to; this port reads them.
 */
public interface RunLog {

    /** Every integration's runs with that status (any status when empty), newest first, at most {@code limit}. */
    List<Run> recentRuns(Optional<RunStatus> status, int limit);

    Optional<Run> find(UUID id);

    /** The integration's runs, newest first, at most {@code limit}. */
    List<Run> recentRuns(IntegrationId integration, int limit);
}
