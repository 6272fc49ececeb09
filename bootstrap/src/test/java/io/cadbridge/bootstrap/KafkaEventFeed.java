package io.cadbridge.bootstrap;

import io.cadbridge.adapters.events.KafkaTestBroker;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A contact center streaming Received events into a topic: event {@code <prefix>-n} of a new
 * conversation each, keyed by its conversation, so events spread over the partitions. An event counts
 * as delivered once the broker acknowledged it (all replicas, idempotent producer).
 */
final class KafkaEventFeed implements AutoCloseable {

    private final String topic;
    private final String prefix;
    private final KafkaProducer<String, String> producer;
    private final Set<String> sent = new ConcurrentSkipListSet<>();
    private final Set<String> delivered = new ConcurrentSkipListSet<>();
    private int next;

    KafkaEventFeed(KafkaTestBroker broker, String topic, String prefix) {
        this.topic = topic;
        this.prefix = prefix;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new StringSerializer(),
                new StringSerializer());
    }

    /** Sends {@code count} new events without waiting for the broker. */
    void send(int count) {
        for (int i = 0; i < count; i++) {
            String eventId = "%s-%06d".formatted(prefix, next++);
            String conversation = EventStream.conversationOf(eventId);
            String value = SeedExampleEndToEndTest.receivedEvent(eventId, conversation, "+358401234567");
            sent.add(eventId);
            producer.send(new ProducerRecord<>(topic, conversation, value), (metadata, failure) -> {
                if (failure == null) {
                    delivered.add(eventId);
                }
            });
        }
    }

    /** Sends {@code perSecond} events a second, in tenths of a second, for {@code duration}. */
    void sendFor(Duration duration, int perSecond) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            send(Math.max(1, perSecond / 10));
            Waiting.pause(Duration.ofMillis(100));
        }
    }

    /** Waits until the broker has acknowledged every event sent so far. */
    void flush() {
        producer.flush();
    }

    Set<String> sent() {
        return new TreeSet<>(sent);
    }

    Set<String> delivered() {
        return new TreeSet<>(delivered);
    }

    @Override
    public void close() {
        producer.close();
    }
}
