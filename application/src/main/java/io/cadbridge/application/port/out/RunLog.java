package io.cadbridge.application.port.out;

import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.RunStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every run of every integration, kept so administrators can see what happened. */
public interface RunLog {

    void record(RunRecord run);

    /** Every integration's runs with that status (any status when empty), newest first, at most {@code limit}. */
    List<RunRecord> recentRuns(Optional<RunStatus> status, int limit);

    Optional<RunRecord> find(UUID id);

    /** The integration's runs, newest first, at most {@code limit}. */
    List<RunRecord> recentRuns(IntegrationId integration, int limit);
}
