package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReadRunLogUseCase;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.RunRecord;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.List;
import java.util.Optional;

/** Reads the run log of integrations that exist; runs of a deleted integration are not listed. */
public final class RunLogService implements ReadRunLogUseCase {

    private final IntegrationRepository integrations;
    private final RunLog runLog;

    public RunLogService(IntegrationRepository integrations, RunLog runLog) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.runLog = requireNonNull(runLog, "runLog is null");
    }

    @Override
    public Optional<List<RunRecord>> recentRuns(IntegrationId id, int limit) {
        requireNonNull(id, "id is null");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        return integrations.findById(id).map(integration -> runLog.recentRuns(id, limit));
    }
}
