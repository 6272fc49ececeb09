package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_RUN;
import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.persistence.jooq.tables.records.IntegrationRunRecord;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The run log in PostgreSQL: one row per run (written by the step commits), read through the (integration, newest first) index. */
final class JooqRunLog implements RunLog {

    private final DSLContext dsl;

    @Inject
    JooqRunLog(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public List<Run> recentRuns(IntegrationId integration, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        return dsl.selectFrom(INTEGRATION_RUN)
                .where(INTEGRATION_RUN.INTEGRATION_ID.eq(integration.value()))
                .orderBy(INTEGRATION_RUN.STARTED_AT.desc(), INTEGRATION_RUN.ID.desc())
                .limit(limit)
                .fetch(JooqRunLog::run);
    }

    /** Failed runs are read through their own partial index; other statuses are rare questions, sorted when asked. */
    @Override
    public List<Run> recentRuns(Optional<RunStatus> status, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, not " + limit);
        }
        return dsl.selectFrom(INTEGRATION_RUN)
                .where(status.map(wanted -> INTEGRATION_RUN.STATUS.eq(wanted.wireName()))
                        .orElse(DSL.noCondition()))
                .orderBy(INTEGRATION_RUN.STARTED_AT.desc(), INTEGRATION_RUN.ID.desc())
                .limit(limit)
                .fetch(JooqRunLog::run);
    }

    @Override
    public Optional<Run> find(UUID id) {
        return dsl.selectFrom(INTEGRATION_RUN).where(INTEGRATION_RUN.ID.eq(id)).fetchOptional(JooqRunLog::run);
    }

    static Run run(IntegrationRunRecord row) {
        return new Run(
                row.getId(),
                new IntegrationId(row.getIntegrationId()),
                row.getIntegrationName(),
                new EventId(row.getEventId()),
                EventName.parse(row.getEventName()).orElseThrow(() -> unknown("event name", row.getEventName())),
                new ConversationId(row.getConversationId()),
                RunStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)),
                row.getReason(),
                row.getHttpStatus() == null ? OptionalInt.empty() : OptionalInt.of(row.getHttpStatus()),
                Duration.of(row.getDurationMicros(), ChronoUnit.MICROS),
                Timestamps.instant(row.getStartedAt()));
    }

    private static IllegalStateException unknown(String what, String value) {
        return new IllegalStateException("stored run has an unknown " + what + ": " + value);
    }
}
