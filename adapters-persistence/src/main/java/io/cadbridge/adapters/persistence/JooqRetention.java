package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.ACCEPTED_EVENT;
import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.HISTORY_VALUE;
import static io.cadbridge.adapters.persistence.jooq.Tables.INGESTION_REJECTED;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_RUN;
import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.Retention;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Retention in PostgreSQL: each kind of row is deleted in its own short transaction, oldest first,
 * at most a batch at a time (the time columns have BRIN indexes, V12), rows locked {@code SKIP
 * LOCKED} so that retention never waits for the hot path.
 */
final class JooqRetention implements Retention {

    private final DSLContext dsl;

    @Inject
    JooqRetention(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public Pruned prune(Instant historyBefore, Instant operationalBefore, int batch) {
        OffsetDateTime history = Timestamps.column(historyBefore);
        OffsetDateTime operational = Timestamps.column(operationalBefore);
        return StorageErrors.guarded(() -> {
            int conversations = conversations(history, batch);
            int jobs = jobs(operational, batch);
            return new Pruned(
                    conversations,
                    events(operational, batch),
                    jobs,
                    runs(operational, batch),
                    rejectedRecords(operational, batch));
        });
    }

    private int conversations(OffsetDateTime before, int batch) {
        return PlainTransactions.inTransaction(dsl, tx -> {
            List<String> ids = tx.select(CONVERSATION.ID)
                    .from(CONVERSATION)
                    .where(CONVERSATION.LAST_EVENT_AT.lt(before))
                    .orderBy(CONVERSATION.ID)
                    .limit(batch)
                    .forUpdate()
                    .skipLocked()
                    .fetch(CONVERSATION.ID);
            if (ids.isEmpty()) {
                return 0;
            }
            DailyCountRows.subtract(tx, ids);
            tx.deleteFrom(HISTORY_VALUE)
                    .where(HISTORY_VALUE.CONVERSATION_ID.in(ids))
                    .execute();
            return tx.deleteFrom(CONVERSATION).where(CONVERSATION.ID.in(ids)).execute();
        });
    }

    /** Finished jobs first, so that their events are free to go. */
    private int jobs(OffsetDateTime before, int batch) {
        return deleteBatch(JOB, JOB.ID, JOB.STATE.eq(JobState.DONE.column()).and(JOB.FINISHED_AT.lt(before)), batch);
    }

    /** Events that no job refers to any more (a job refers to its event until it is deleted). */
    private int events(OffsetDateTime before, int batch) {
        return deleteBatch(
                ACCEPTED_EVENT,
                ACCEPTED_EVENT.EVENT_ID,
                ACCEPTED_EVENT
                        .ACCEPTED_AT
                        .lt(before)
                        .andNotExists(DSL.selectOne().from(JOB).where(JOB.EVENT_ID.eq(ACCEPTED_EVENT.EVENT_ID))),
                batch);
    }

    private int runs(OffsetDateTime before, int batch) {
        return deleteBatch(INTEGRATION_RUN, INTEGRATION_RUN.ID, INTEGRATION_RUN.STARTED_AT.lt(before), batch);
    }

    /** Kafka records that held no event (V22): their value may hold personal data, like a run's. */
    private int rejectedRecords(OffsetDateTime before, int batch) {
        return deleteBatch(INGESTION_REJECTED, INGESTION_REJECTED.ID, INGESTION_REJECTED.REJECTED_AT.lt(before), batch);
    }

    /** Deletes at most {@code batch} rows of {@code table} that match, skipping rows others hold locked. */
    private <K> int deleteBatch(Table<?> table, Field<K> key, Condition matching, int batch) {
        return PlainTransactions.inTransaction(
                dsl,
                tx -> tx.deleteFrom(table)
                        .where(key.in(DSL.select(key)
                                .from(table)
                                .where(matching)
                                .limit(batch)
                                .forUpdate()
                                .skipLocked()))
                        .execute());
    }
}
