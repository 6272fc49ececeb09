package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Keeps the runs the in-memory queue commits as PostgreSQL does: whole microseconds, ids ordered as unsigned numbers. */
public final class InMemoryRunLog implements RunLog {

    /** A UUID's text is fixed-width lowercase hex, so text order is PostgreSQL's unsigned order. */
    private static final Comparator<Run> NEWEST_FIRST = Comparator.comparing(Run::startedAt)
            .thenComparing(run -> run.id().toString())
            .reversed();

    private final Map<UUID, Run> runs = new LinkedHashMap<>();

    /** What a step commit of {@link InMemoryWorkQueue} writes; service tests seed runs with it too. */
    public synchronized void add(Run run) {
        runs.putIfAbsent(run.id(), stored(run));
    }

    @Override
    public synchronized List<Run> recentRuns(IntegrationId integration, int limit) {
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
    public synchronized List<Run> recentRuns(Optional<RunStatus> status, int limit) {
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
    public synchronized Optional<Run> find(UUID id) {
        return Optional.ofNullable(runs.get(id));
    }

    /** The runs of these conversations keep their outcome but lose their reason. */
    synchronized void erase(Set<ConversationId> conversations) {
        runs.replaceAll((id, run) -> conversations.contains(run.conversationId()) ? run.withReason("erased") : run);
    }

    private static Run stored(Run run) {
        return new Run(
                run.id(),
                run.integrationId(),
                run.integrationName(),
                run.eventId(),
                run.eventName(),
                run.conversationId(),
                run.status(),
                run.reason(),
                run.httpStatus(),
                run.duration().truncatedTo(ChronoUnit.MICROS),
                run.startedAt().truncatedTo(ChronoUnit.MICROS));
    }
}
