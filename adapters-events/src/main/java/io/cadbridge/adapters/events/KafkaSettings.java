package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Where events come from when they come from Kafka (ADR 0030): the brokers, one topic, the consumer
 * group the cadbridge processes share, Kafka client properties passed through as they are (TLS,
 * SASL: {@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}, …), the topic
 * records that hold no event are copied to (none by default), and how many unfinished jobs reading
 * waits for.
 */
public record KafkaSettings(
        String bootstrapServers,
        String topic,
        String group,
        Map<String, String> clientProperties,
        Optional<String> deadLetterTopic,
        int maxQueuedJobs) {

    /** Queued jobs above which reading pauses: seconds of work at the rates measured (docs/benchmarks.md). */
    public static final int DEFAULT_MAX_QUEUED_JOBS = 20_000;

    public KafkaSettings {
        requireNonNull(bootstrapServers, "bootstrapServers is null");
        requireNonNull(topic, "topic is null");
        requireNonNull(group, "group is null");
        clientProperties = Map.copyOf(requireNonNull(clientProperties, "clientProperties is null"));
        requireNonNull(deadLetterTopic, "deadLetterTopic is null");
        if (deadLetterTopic.filter(topic::equals).isPresent()) {
            throw new IllegalArgumentException(
                    "the dead-letter topic must differ from the topic events are read from (" + topic + ")");
        }
        if (maxQueuedJobs < 1) {
            throw new IllegalArgumentException("maxQueuedJobs must be at least 1, not " + maxQueuedJobs);
        }
    }

    /** No dead-letter topic, the default bound. */
    public KafkaSettings(String bootstrapServers, String topic, String group, Map<String, String> clientProperties) {
        this(bootstrapServers, topic, group, clientProperties, Optional.empty(), DEFAULT_MAX_QUEUED_JOBS);
    }

    public KafkaSettings withDeadLetterTopic(String deadLetters) {
        return new KafkaSettings(
                bootstrapServers, topic, group, clientProperties, Optional.of(deadLetters), maxQueuedJobs);
    }

    public KafkaSettings withMaxQueuedJobs(int max) {
        return new KafkaSettings(bootstrapServers, topic, group, clientProperties, deadLetterTopic, max);
    }

    /**
     * The consumer's configuration. Offsets are never committed automatically: the database holds
     * the position, and Kafka's copy is written after it, for lag tooling only.
     */
    Map<String, Object> consumerProperties() {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return properties;
    }

    /**
     * The dead-letter producer's configuration: the same brokers and security, every copy acknowledged
     * by all in-sync replicas, idempotent, and a broker that does not answer noticed within seconds.
     * The consumer's own properties ({@code max.poll.records}, …) are left out, so the producer does
     * not warn about them.
     */
    Map<String, Object> producerProperties() {
        Map<String, Object> properties = new HashMap<>(clientProperties);
        properties
                .keySet()
                .removeIf(name -> ConsumerConfig.configNames().contains(name)
                        && !ProducerConfig.configNames().contains(name));
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        properties.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        properties.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return properties;
    }

    /** Client properties may hold a SASL password: only their names are shown. */
    @Override
    public String toString() {
        return "KafkaSettings[bootstrapServers=" + bootstrapServers + ", topic=" + topic + ", group=" + group
                + ", clientProperties=" + new TreeSet<>(clientProperties.keySet()) + ", deadLetterTopic="
                + deadLetterTopic.orElse("none") + ", maxQueuedJobs=" + maxQueuedJobs + "]";
    }
}
