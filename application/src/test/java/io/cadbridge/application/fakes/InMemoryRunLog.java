package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.RunReasons;
import io.cadbridge.application.port.out.RunRecord;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.RunStatus;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keeps runs as PostgreSQL does: whole microseconds, capped reasons, ids ordered as unsigned numbers. */
public final class InMemoryRunLog implements RunLog {

    /** A UUID's text is fixed-width lowercase hex, so text order is PostgreSQL's unsigned order. */
    private static final Comparator<RunRecord> NEWEST_FIRST = Comparator.comparing(RunRecord::startedAt)
            .thenComparing(run -> run.id().toString())
            .reversed();

    private final Map<UUID, RunRecord> runs = new LinkedHashMap<>();

    @Override
    public synchronized void record(RunRecord run) {
        runs.putIfAbsent(run.id(), stored(run));
    }

    @Override
    public synchronized List<RunRecord> recentRuns(IntegrationId integration, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        return runs.values().stream()
                .filter(run -> run.integrationId().equals(integration))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<RunRecord> recentRuns(Optional<RunStatus> status, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        return runs.values().stream()
                .filter(run -> status.isEmpty() || run.status() == status.get())
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Optional<RunRecord> find(UUID id) {
        return Optional.ofNullable(runs.get(id));
    }

    private static RunRecord stored(RunRecord run) {
        return new RunRecord(run.id(), run.integrationId(), run.eventId(), run.eventName(), run.conversationId(),
                run.status(), RunReasons.stored(run.reason()), run.httpStatus(),
                run.duration().truncatedTo(ChronoUnit.MICROS), run.startedAt().truncatedTo(ChronoUnit.MICROS));
    }
}
