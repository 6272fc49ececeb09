package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.ACCEPTED_EVENT;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_RUN;
import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.StoredEvents;
import io.cadbridge.domain.integration.IntegrationId;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The work queue in PostgreSQL (ADR 0015). Leases are compared with the database's clock, so the
 * processes sharing a database need not agree on the time. Each method is one transaction; a commit
 * batch applies only the steps whose job is still at that step and leased by the committing process.
 */
final class JooqWorkQueue implements WorkQueue {

    /** Locks the jobs in id order, as the step commit does (the two never deadlock), then extends their lease. */
    private static final String RENEW_LEASES =
            "update job set lease_until = clock_timestamp() + ?::bigint * interval '1 millisecond'"
                    + " where id in (select id from job where lease_owner = ? and id = any(?::bigint[]) order by id for update)";

    private final DSLContext dsl;
    private final Clock clock;
    private final CadLimits limits;
    private final LateUpdates late;

    @Inject
    JooqWorkQueue(DSLContext dsl, Clock clock, CadLimits limits, LateUpdates late) {
        this.dsl = requireNonNull(dsl, "dsl is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.limits = requireNonNull(limits, "limits is null");
        this.late = requireNonNull(late, "late is null");
    }

    /** With the default rules after Closed; for tests. */
    JooqWorkQueue(DSLContext dsl, Clock clock, CadLimits limits) {
        this(dsl, clock, limits, LateUpdates.DEFAULT);
    }

    @Override
    public Acceptance accept(NewJob job) {
        return acceptAll(List.of(job)).getFirst();
    }

    /** Commits the new events with their jobs in one transaction, in the order given; an event id accepted before is a duplicate. */
    List<Acceptance> acceptAll(List<NewJob> jobs) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        return StorageErrors.guarded(() -> PlainTransactions.inTransaction(dsl, tx -> accept(tx, jobs)));
    }

    /** Inserts the new events with their jobs inside {@code tx}; the Kafka inbox shares it. */
    List<Acceptance> accept(DSLContext tx, List<NewJob> jobs) {
        return new JooqAcceptances(tx, clock).accept(jobs);
    }

    @Override
    public List<ClaimedJob> claim(String owner, int max, Duration lease) {
        if (max < 1) {
            return List.of();
        }
        return StorageErrors.guarded(() -> PlainTransactions.inTransaction(dsl, tx -> {
            var due = tx.select(JOB.ID)
                    .from(JOB)
                    .where(JOB.STATE.eq(JobState.PENDING.column()))
                    .and(JOB.RUN_AT.le(DSL.currentOffsetDateTime()))
                    .and(JOB.LEASE_OWNER.isNull().or(JOB.LEASE_UNTIL.lt(DSL.currentOffsetDateTime())))
                    .orderBy(JOB.RUN_AT)
                    .limit(max)
                    .forUpdate()
                    .skipLocked();
            var claimed = tx.update(JOB)
                    .set(JOB.LEASE_OWNER, owner)
                    .set(JOB.LEASE_UNTIL, leaseUntil(lease))
                    .where(JOB.ID.in(due))
                    .returningResult(JOB.ID, JOB.EVENT_ID, JOB.INTEGRATIONS, JOB.FIRST_STEP, JOB.NEXT_STEP, JOB.RUN_AT)
                    .fetch();
            if (claimed.isEmpty()) {
                return List.of();
            }
            Map<String, Record> events = new HashMap<>();
            tx.select(ACCEPTED_EVENT.EVENT_ID, ACCEPTED_EVENT.SEQUENCE, ACCEPTED_EVENT.PAYLOAD)
                    .from(ACCEPTED_EVENT)
                    .where(ACCEPTED_EVENT.EVENT_ID.in(claimed.map(row -> row.value2())))
                    .fetch()
                    .forEach(row -> events.put(row.value1(), row));
            return claimed.stream()
                    .sorted((a, b) -> a.value6().compareTo(b.value6()))
                    .map(row -> {
                        Record event = events.get(row.value2());
                        return new ClaimedJob(
                                row.value1(),
                                StoredEvents.read(JsonColumns.object(event.get(ACCEPTED_EVENT.PAYLOAD))),
                                event.get(ACCEPTED_EVENT.SEQUENCE),
                                Arrays.stream(row.value3())
                                        .map(IntegrationId::new)
                                        .toList(),
                                row.value4(),
                                row.value5());
                    })
                    .toList();
        }));
    }

    @Override
    public StepCommitted commit(StepCommit step) {
        return commitAll(List.of(step)).getFirst();
    }

    /** Commits the steps in one transaction, all or nothing; a step whose lease was lost commits nothing. */
    List<StepCommitted> commitAll(List<StepCommit> steps) {
        if (steps.isEmpty()) {
            return List.of();
        }
        return StorageErrors.guarded(() ->
                PlainTransactions.inTransaction(dsl, tx -> new JooqStepCommits(tx, clock, limits, late).commit(steps)));
    }

    @Override
    public void renew(String owner, Collection<Long> jobIds, Duration lease) {
        if (jobIds.isEmpty()) {
            return;
        }
        StorageErrors.guarded(() -> ArrayStatements.on(
                dsl,
                statements -> statements.executePlannedEachTime(
                        RENEW_LEASES, lease.toMillis(), owner, statements.longs(List.copyOf(jobIds)))));
    }

    @Override
    public void release(String owner, long jobId, Instant runAt) {
        StorageErrors.guarded(() -> dsl.update(JOB)
                .set(JOB.LEASE_OWNER, (String) null)
                .set(JOB.LEASE_UNTIL, (OffsetDateTime) null)
                .set(JOB.RUN_AT, Timestamps.column(runAt))
                .where(JOB.ID.eq(jobId))
                .and(JOB.LEASE_OWNER.eq(owner))
                .execute());
    }

    @Override
    public int releaseAll(String owner) {
        return StorageErrors.guarded(() -> dsl.update(JOB)
                .set(JOB.LEASE_OWNER, (String) null)
                .set(JOB.LEASE_UNTIL, (OffsetDateTime) null)
                .where(JOB.ID.in(
                        lockedInIdOrder(JOB.LEASE_OWNER.eq(owner).and(JOB.STATE.eq(JobState.PENDING.column())))))
                .execute());
    }

    /** Runs recorded before the queue existed have no step and cannot be retried. */
    @Override
    public Optional<Long> retry(UUID runId, Instant runAt) {
        return StorageErrors.guarded(() -> dsl.insertInto(
                        JOB, JOB.EVENT_ID, JOB.INTEGRATIONS, JOB.FIRST_STEP, JOB.RUN_AT)
                .select(DSL.select(
                                INTEGRATION_RUN.EVENT_ID,
                                DSL.array(INTEGRATION_RUN.INTEGRATION_ID),
                                INTEGRATION_RUN.STEP,
                                DSL.val(Timestamps.column(runAt)))
                        .from(INTEGRATION_RUN)
                        .join(ACCEPTED_EVENT)
                        .on(ACCEPTED_EVENT.EVENT_ID.eq(INTEGRATION_RUN.EVENT_ID))
                        .where(INTEGRATION_RUN.ID.eq(runId))
                        .and(INTEGRATION_RUN.STEP.isNotNull()))
                .returningResult(JOB.ID)
                .fetchOptional(row -> row.value1()));
    }

    /** The ids of the matching jobs, their rows locked in id order (as the step commit locks them). */
    private Select<Record1<Long>> lockedInIdOrder(Condition condition) {
        return dsl.select(JOB.ID).from(JOB).where(condition).orderBy(JOB.ID).forUpdate();
    }

    private static Field<OffsetDateTime> leaseUntil(Duration lease) {
        return DSL.field(
                "clock_timestamp() + {0} * interval '1 millisecond'", OffsetDateTime.class, DSL.val(lease.toMillis()));
    }
}
