package io.cadbridge.application.port.out;

import io.cadbridge.domain.integration.IntegrationId;
import java.util.List;

/** Every run of every integration, kept so administrators can see what happened. */
public interface RunLog {

    void record(RunRecord run);

    /** The integration's runs, newest first, at most {@code limit}. */
    List<RunRecord> recentRuns(IntegrationId integration, int limit);
}
