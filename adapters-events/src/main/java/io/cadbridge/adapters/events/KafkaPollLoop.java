package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.StorageUnavailableException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One consumer's polls (ADR 0030). A poll's records are accepted together; only then is Kafka told
 * the new offsets. While the database (or the dead-letter topic) cannot take a batch, and while more
 * jobs are queued than the bound allows, the consumer's partitions are paused: it keeps polling (so
 * the group does not evict it) but reads nothing new, and skips nothing. A batch that could not be
 * taken is offered again. On assignment it seeks to the positions the database holds.
 */
final class KafkaPollLoop implements ConsumerRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaPollLoop.class);
    static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaRecordReader reader;
    private final Consumer<KafkaBatch> accept;
    private final Function<Set<TopicPartition>, Map<TopicPartition, Long>> storedPositions;
    private final Duration retryAfter;
    private final KafkaQueueBound bound;
    private boolean backingOff;
    private boolean queueFull;

    /**
     * @param accept commits a batch's events and positions, or throws having committed nothing
     * @param storedPositions the next offsets the database holds for some of the given partitions
     */
    KafkaPollLoop(
            KafkaConsumer<byte[], byte[]> consumer,
            KafkaRecordReader reader,
            Consumer<KafkaBatch> accept,
            Function<Set<TopicPartition>, Map<TopicPartition, Long>> storedPositions,
            Duration retryAfter,
            KafkaQueueBound bound) {
        this.consumer = requireNonNull(consumer, "consumer is null");
        this.reader = requireNonNull(reader, "reader is null");
        this.accept = requireNonNull(accept, "accept is null");
        this.storedPositions = requireNonNull(storedPositions, "storedPositions is null");
        this.retryAfter = requireNonNull(retryAfter, "retryAfter is null");
        this.bound = requireNonNull(bound, "bound is null");
    }

    /** Polls once and accepts what came, waiting out an outage first; paused while the queue is full. */
    void pollOnce() {
        holdBackWhileTheQueueIsFull();
        KafkaBatch batch = KafkaBatch.of(consumer.poll(POLL_TIMEOUT), reader);
        while (!batch.isEmpty() && !tryAccept(batch)) {
            backOff();
            batch = batch.onlyFor(consumer.assignment());
        }
        if (backingOff) {
            backingOff = false;
            if (!queueFull) {
                consumer.resume(consumer.paused());
            }
            LOG.info("The batch is committed: reading from Kafka goes on");
        }
        if (!batch.isEmpty()) {
            // Kafka's copy is for lag tooling; a failure here loses nothing (the database holds the position).
            consumer.commitAsync(batch.kafkaOffsets(), null);
        }
    }

    private void holdBackWhileTheQueueIsFull() {
        boolean full = bound.full();
        if (full == queueFull) {
            return;
        }
        queueFull = full;
        if (full) {
            consumer.pause(consumer.assignment());
            LOG.warn("Reading from Kafka pauses: {}", bound.describe());
        } else {
            consumer.resume(consumer.paused());
            LOG.info("Reading from Kafka resumes: {}", bound.describe());
        }
    }

    private boolean tryAccept(KafkaBatch batch) {
        try {
            accept.accept(batch);
            return true;
        } catch (StorageUnavailableException e) {
            waiting("the database cannot be reached", e);
            return false;
        } catch (KafkaDeadLetters.UnavailableException e) {
            waiting("the dead-letter copies cannot be written", e);
            return false;
        }
    }

    private void waiting(String why, RuntimeException e) {
        if (!backingOff) {
            LOG.warn(
                    "Reading from Kafka pauses ({}); the batch is offered again every {}: {}",
                    why,
                    retryAfter,
                    e.getMessage());
        }
    }

    /** Pauses every partition and polls once (nothing comes from a paused partition), so the group keeps this member. */
    private void backOff() {
        backingOff = true;
        consumer.pause(consumer.assignment());
        long until = System.nanoTime() + retryAfter.toNanos();
        while (System.nanoTime() < until) {
            consumer.poll(POLL_TIMEOUT);
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> stored = storedPositions.apply(Set.copyOf(partitions));
        stored.forEach(consumer::seek);
        LOG.info("Reading partitions {} from the offsets the database holds: {}", partitions, stored);
        if (backingOff || queueFull) {
            consumer.pause(partitions);
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Nothing to flush: a batch is committed to the database before the next poll, or not at all.
    }
}
