package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.KAFKA_OFFSET;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.domain.conversation.StreamPosition;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Kafka's events and offsets in one transaction (ADR 0030): the work queue's acceptance plus an upsert
 * of {@code kafka_offset}. An offset never moves back: a consumer that lost its partition in a
 * rebalance and commits late cannot undo what the new owner committed.
 */
final class JooqEventInbox implements EventInbox {

    private final DSLContext dsl;
    private final JooqWorkQueue queue;

    @Inject
    JooqEventInbox(DSLContext dsl, JooqWorkQueue queue) {
        this.dsl = requireNonNull(dsl, "dsl is null");
        this.queue = requireNonNull(queue, "queue is null");
    }

    @Override
    public List<Acceptance> accept(List<NewJob> jobs, List<StreamPosition> positions) {
        return StorageErrors.guarded(() -> PlainTransactions.inTransaction(dsl, tx -> {
            List<Acceptance> results = jobs.isEmpty() ? List.of() : queue.accept(tx, jobs);
            // In (topic, partition) order, so two transactions touching the same rows never wait in a cycle.
            positions.stream()
                    .sorted((a, b) -> a.stream().equals(b.stream())
                            ? Integer.compare(a.partition(), b.partition())
                            : a.stream().compareTo(b.stream()))
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
}
