package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.IngestEventsUseCase;
import io.cadbridge.application.port.in.IngestEventsUseCase.IngestCommand;
import io.cadbridge.application.port.out.StorageUnavailableException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events from a Kafka topic (ADR 0030), read on one thread of their own by one consumer of the
 * configured group: every cadbridge process with the same settings shares the topic's partitions.
 * Started and stopped by the composition root. A failure nobody expected gives the consumer up and,
 * after a pause, starts a new one from the stored positions: nothing is skipped.
 */
public final class KafkaIngestion implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaIngestion.class);
    private static final Duration RESTART_AFTER = Duration.ofSeconds(2);

    private final KafkaSettings settings;
    private final IngestEventsUseCase events;
    private final KafkaRecordReader reader;
    private final Duration retryAfter;
    private final KafkaQueueBound bound;
    private volatile boolean running;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private Optional<KafkaDeadLetters> deadLetters = Optional.empty();
    private Thread thread;

    /**
     * @param retryAfter how long a batch waits before it is offered again while it cannot be committed
     * @param checkQueueEvery how often the queued jobs are counted for the bound
     */
    KafkaIngestion(
            KafkaSettings settings,
            IngestEventsUseCase events,
            JsonBodies json,
            Duration retryAfter,
            Duration checkQueueEvery) {
        this.settings = requireNonNull(settings, "settings is null");
        this.events = requireNonNull(events, "events is null");
        this.reader = new KafkaRecordReader(requireNonNull(json, "json is null"));
        this.retryAfter = requireNonNull(retryAfter, "retryAfter is null");
        this.bound = new KafkaQueueBound(settings.maxQueuedJobs(), events::queuedJobs, checkQueueEvery);
    }

    /** Starts reading; returns at once. */
    public void start() {
        running = true;
        deadLetters = settings.deadLetterTopic()
                .map(topic -> new KafkaDeadLetters(new KafkaProducer<>(settings.producerProperties()), topic));
        thread = Thread.ofPlatform().name("cadbridge-kafka-" + settings.topic()).start(this::run);
        LOG.info("Reading events from Kafka: {}", settings);
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<byte[], byte[]> current = new KafkaConsumer<>(settings.consumerProperties())) {
                consumer = current;
                KafkaPollLoop loop =
                        new KafkaPollLoop(current, reader, this::accept, this::storedPositions, retryAfter, bound);
                current.subscribe(List.of(settings.topic()), loop);
                while (running) {
                    loop.pollOnce();
                }
            } catch (WakeupException e) {
                // close() woke the consumer up
            } catch (RuntimeException e) {
                if (e.getCause() instanceof StorageUnavailableException outage) {
                    // Thrown through Kafka by the assignment's seek to the stored offsets.
                    LOG.warn(
                            "The database cannot be reached; a new consumer starts in {}: {}",
                            RESTART_AFTER,
                            outage.getMessage());
                } else {
                    LOG.error("Reading from Kafka failed; a new consumer starts in {}", RESTART_AFTER, e);
                }
                pause();
            }
        }
    }

    /**
     * The batch's events, rejected records and positions in one database transaction: exactly once in
     * effect (ADR 0030). The dead-letter copies go first, so a crash before the commit copies again
     * rather than never.
     */
    private void accept(KafkaBatch batch) {
        List<KafkaBatch.ReadRecord> refused = batch.refused();
        deadLetters.ifPresent(copies -> copies.copy(refused));
        events.ingest(new IngestCommand(batch.events(), batch.rejected(), batch.positions()));
        for (KafkaBatch.ReadRecord record : refused) {
            LOG.warn(
                    "Record {}@{} is not an event (kept for GET /v1/ingestion/rejected): {}",
                    record.partition(),
                    record.offset(),
                    KafkaDeadLetters.error(((KafkaRecordReader.Read.Refused) record.read()).problems()));
        }
    }

    private Map<TopicPartition, Long> storedPositions(Set<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = new HashMap<>();
        events.positions(settings.topic()).forEach((partition, next) -> {
            TopicPartition topicPartition = new TopicPartition(settings.topic(), partition);
            if (partitions.contains(topicPartition)) {
                stored.put(topicPartition, next);
            }
        });
        return stored;
    }

    private void pause() {
        try {
            Thread.sleep(RESTART_AFTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops reading: the batch in hand is committed or not at all, and the consumer leaves its group. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join();
        }
        deadLetters.ifPresent(KafkaDeadLetters::close);
    }
}
