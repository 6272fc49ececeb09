package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INGESTION_REJECTED;
import static io.cadbridge.adapters.persistence.jooq.Tables.KAFKA_OFFSET;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.domain.conversation.StreamPosition;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.ingestion.Rejection;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Kafka's events, rejected records and offsets in one transaction (ADR 0030): the work queue's
 * acceptance, the rejections ({@link RejectionRows}) and an upsert of {@code kafka_offset}. An offset
 * never moves back: a consumer that lost its partition in a rebalance and commits late cannot undo
 * what the new owner committed.
 */
final class JooqEventInbox implements EventInbox {

    private final DSLContext dsl;
    private final JooqWorkQueue queue;
    private final QueueDepth depth;
    private final Clock clock;

    @Inject
    JooqEventInbox(DSLContext dsl, JooqWorkQueue queue, QueueDepth depth, Clock clock) {
        this.dsl = requireNonNull(dsl, "dsl is null");
        this.queue = requireNonNull(queue, "queue is null");
        this.depth = requireNonNull(depth, "depth is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public List<Acceptance> accept(List<NewJob> jobs, List<RejectedRecord> rejected, List<StreamPosition> positions) {
        return StorageErrors.guarded(() -> PlainTransactions.inTransaction(dsl, tx -> {
            List<Acceptance> results = jobs.isEmpty() ? List.of() : queue.accept(tx, jobs);
            RejectionRows.insert(tx, rejected, clock.instant());
            // In (topic, partition) order, so two transactions touching the same rows never wait in a cycle.
            positions.stream()
                    .sorted(Comparator.comparing(StreamPosition::stream).thenComparing(StreamPosition::partition))
                    .forEach(position -> store(tx, position));
            return results;
        }));
    }

    private static void store(DSLContext tx, StreamPosition position) {
        tx.insertInto(KAFKA_OFFSET, KAFKA_OFFSET.TOPIC, KAFKA_OFFSET.PARTITION, KAFKA_OFFSET.NEXT_OFFSET)
                .values(position.stream(), position.partition(), position.nextOffset())
                .onConflict(KAFKA_OFFSET.TOPIC, KAFKA_OFFSET.PARTITION)
                .doUpdate()
                .set(
                        KAFKA_OFFSET.NEXT_OFFSET,
                        DSL.greatest(KAFKA_OFFSET.NEXT_OFFSET, DSL.excluded(KAFKA_OFFSET.NEXT_OFFSET)))
                .execute();
    }

    @Override
    public Map<Integer, Long> positions(String stream) {
        return StorageErrors.guarded(() -> dsl
                .select(KAFKA_OFFSET.PARTITION, KAFKA_OFFSET.NEXT_OFFSET)
                .from(KAFKA_OFFSET)
                .where(KAFKA_OFFSET.TOPIC.eq(stream))
                .fetch()
                .stream()
                .collect(Collectors.toUnmodifiableMap(row -> row.value1(), row -> row.value2())));
    }

    @Override
    public List<Rejection> rejectedNewestFirst(Optional<Long> before, int limit) {
        return StorageErrors.guarded(() -> dsl.selectFrom(INGESTION_REJECTED)
                .where(before.map(INGESTION_REJECTED.ID::lt).orElse(DSL.noCondition()))
                .orderBy(INGESTION_REJECTED.ID.desc())
                .limit(limit)
                .fetch(RejectionRows::rejection));
    }

    /** The same count as the queue gauge's (one query over the pending jobs' index). */
    @Override
    public long queuedJobs() {
        return StorageErrors.guarded(() -> depth.read().pendingJobs());
    }
}
