package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Where events come from when they come from Kafka (ADR 0030): the brokers, one topic, the consumer
 * group the cadbridge processes share, and Kafka client properties passed through as they are (TLS,
 * SASL: {@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}, …).
 */
public record KafkaSettings(String bootstrapServers, String topic, String group, Map<String, String> clientProperties) {

    public KafkaSettings {
        requireNonNull(bootstrapServers, "bootstrapServers is null");
        requireNonNull(topic, "topic is null");
        requireNonNull(group, "group is null");
        clientProperties = Map.copyOf(requireNonNull(clientProperties, "clientProperties is null"));
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

    /** Client properties may hold a SASL password: only their names are shown. */
    @Override
    public String toString() {
        return "KafkaSettings[bootstrapServers=" + bootstrapServers + ", topic=" + topic + ", group=" + group
                + ", clientProperties=" + new TreeSet<>(clientProperties.keySet()) + "]";
    }
}
