package io.cadbridge.benchmarks;

import io.cadbridge.adapters.events.KafkaTestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A real single-node KRaft broker in the benchmark's JVM, on loopback (the kit's listeners are
 * {@code localhost:0}), with one topic the service reads and a producer that sends the benchmark's
 * events to it keyed by conversation (ADR 0030). Internal topics have a replication factor of 1.
 */
final class BenchKafka implements AutoCloseable {

    static final String TOPIC = "contact-events";
    static final String GROUP = "cadbridge-bench";

    private final KafkaTestBroker broker;
    private final Admin admin;
    private final KafkaProducer<byte[], byte[]> producer;
    private final int partitions;

    private BenchKafka(KafkaTestBroker broker, int partitions) {
        this.broker = broker;
        this.partitions = partitions;
        this.admin = broker.admin();
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    static BenchKafka start(int partitions) throws Exception {
        KafkaTestBroker broker = KafkaTestBroker.start();
        try {
            broker.createTopic(TOPIC, partitions);
            return new BenchKafka(broker, partitions);
        } catch (Exception e) {
            broker.close();
            throw e;
        }
    }

    int partitions() {
        return partitions;
    }

    /** What the service needs to read the topic as one member of the group. */
    Map<String, String> serviceSettings() {
        return Map.of(
                "CADBRIDGE_KAFKA_BOOTSTRAP", broker.bootstrapServers(),
                "CADBRIDGE_KAFKA_TOPIC", TOPIC,
                "CADBRIDGE_KAFKA_GROUP", GROUP);
    }

    /** Sends event n of {@code log} (a new conversation), recording when it was handed over and acknowledged. */
    void send(SendLog log, int event) {
        String eventId = log.eventId(event);
        String conversation = "conv-" + eventId;
        log.sent(event);
        producer.send(
                new ProducerRecord<>(TOPIC, bytes(conversation), bytes(ServiceApi.eventJson(eventId, conversation))),
                (metadata, failure) -> log.answered(event, failure == null ? 202 : ServiceApi.NO_ANSWER));
    }

    void flush() {
        producer.flush();
    }

    /**
     * How many records the service has taken so far: the sum of its group's committed offsets, which it
     * commits right after each batch's database transaction.
     */
    long committed() {
        try {
            Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return offsets.values().stream()
                    .filter(offset -> offset != null)
                    .mapToLong(OffsetAndMetadata::offset)
                    .sum();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the group's offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        producer.close(Duration.ofSeconds(10));
        admin.close();
        broker.close();
    }
}
