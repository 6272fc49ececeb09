package io.cadbridge.bootstrap;

import io.cadbridge.adapters.events.KafkaSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Kafka settings (ADR 0030, docs/kafka.md): off unless {@code CADBRIDGE_KAFKA_BOOTSTRAP} is set;
 * then {@code CADBRIDGE_KAFKA_TOPIC} is needed and {@code CADBRIDGE_KAFKA_GROUP} names the consumer
 * group ({@code cadbridge}). Any {@code CADBRIDGE_KAFKA_PROPERTY_X_Y} becomes the client property
 * {@code x.y}, which is how TLS and SASL are set ({@code CADBRIDGE_KAFKA_PROPERTY_SECURITY_PROTOCOL=SASL_SSL}).
 * {@code CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC} names a topic records that hold no event are copied to;
 * {@code CADBRIDGE_KAFKA_MAX_QUEUED_JOBS} bounds the unfinished jobs reading waits for (20000).
 */
final class KafkaEnvironment {

    static final String DEFAULT_GROUP = "cadbridge";
    static final int MAX_QUEUED_JOBS_LIMIT = 10_000_000;
    private static final String PROPERTY_PREFIX = "CADBRIDGE_KAFKA_PROPERTY_";
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final List<String> DEPENDENTS = List.of(
            "CADBRIDGE_KAFKA_TOPIC",
            "CADBRIDGE_KAFKA_GROUP",
            "CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC",
            "CADBRIDGE_KAFKA_MAX_QUEUED_JOBS");

    private KafkaEnvironment() {}

    static Optional<KafkaSettings> read(EnvironmentReader env) {
        Optional<String> bootstrap = env.text("CADBRIDGE_KAFKA_BOOTSTRAP");
        if (bootstrap.isEmpty()) {
            for (String dependent : DEPENDENTS) {
                if (env.text(dependent).isPresent()) {
                    throw new SettingsException(dependent + " is set but CADBRIDGE_KAFKA_BOOTSTRAP is not; set the "
                            + "brokers too (host:port,host:port), or unset " + dependent);
                }
            }
            return Optional.empty();
        }
        String topic = env.text("CADBRIDGE_KAFKA_TOPIC")
                .orElseThrow(
                        () -> new SettingsException(
                                "CADBRIDGE_KAFKA_BOOTSTRAP is set, so CADBRIDGE_KAFKA_TOPIC must name the topic to read events from"));
        checkTopicName("CADBRIDGE_KAFKA_TOPIC", topic);
        String group = env.text("CADBRIDGE_KAFKA_GROUP").orElse(DEFAULT_GROUP);
        Optional<String> deadLetters = env.text("CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC");
        deadLetters.ifPresent(name -> checkTopicName("CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC", name));
        if (deadLetters.filter(topic::equals).isPresent()) {
            throw new SettingsException("CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC must name another topic than"
                    + " CADBRIDGE_KAFKA_TOPIC ('" + topic + "'): the records copied there would be read again");
        }
        int maxQueuedJobs = env.number(
                "CADBRIDGE_KAFKA_MAX_QUEUED_JOBS",
                KafkaSettings.DEFAULT_MAX_QUEUED_JOBS,
                1,
                MAX_QUEUED_JOBS_LIMIT,
                "a number of jobs");
        return Optional.of(
                new KafkaSettings(bootstrap.get(), topic, group, clientProperties(env), deadLetters, maxQueuedJobs));
    }

    /** Kafka's rule for topic names, checked here so a typo stops start-up instead of failing every poll. */
    private static void checkTopicName(String variable, String name) {
        if (!TOPIC_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new SettingsException(variable + " must be a Kafka topic name (1 to 249 of a-z, A-Z, 0-9, '.', '_'"
                    + " and '-'), not '" + name + "'");
        }
    }

    private static Map<String, String> clientProperties(EnvironmentReader env) {
        Map<String, String> properties = new TreeMap<>();
        env.withPrefix(PROPERTY_PREFIX)
                .forEach((name, value) ->
                        properties.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value));
        return properties;
    }
}
