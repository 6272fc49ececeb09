package io.cadbridge.application.port.in;

import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import java.util.List;
import java.util.Optional;

/** Administrators see what an integration did: its recent runs, newest first. */
public interface ReadRunLogUseCase {

    /** The most runs one read returns. */
    int MAX_LIMIT = 500;

    /**
     * @param limit 1 to {@link #MAX_LIMIT}
     * @return at most {@code limit} runs, newest first; empty when no integration has this id
     * @throws IllegalArgumentException when the limit is out of range
     */
    Optional<List<Run>> recentRuns(IntegrationId id, int limit);
}
