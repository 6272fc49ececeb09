package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;
import static java.util.Objects.requireNonNull;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * How much work is waiting, for the metrics: the jobs not yet finished (due, running or delayed) and
 * when the oldest of them was accepted. One query over the pending jobs' index; the caller decides how
 * often (the metrics read it every few seconds, never on a scrape).
 */
public final class QueueDepth {

    private final DSLContext db;

    @Inject
    QueueDepth(DSLContext db) {
        this.db = requireNonNull(db, "db is null");
    }

    public Snapshot read() {
        var row = db.select(count(), min(JOB.CREATED_AT))
                .from(JOB)
                .where(JOB.STATE.eq(JobState.PENDING.column()))
                .fetchSingle();
        return new Snapshot(row.value1(), Optional.ofNullable(row.value2()).map(OffsetDateTime::toInstant));
    }

    /** @param oldestAcceptedAt empty when no job is pending */
    public record Snapshot(long pendingJobs, Optional<Instant> oldestAcceptedAt) {
        public Snapshot {
            requireNonNull(oldestAcceptedAt, "oldestAcceptedAt is null");
        }
    }
}
