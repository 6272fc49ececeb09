package io.cadbridge.bootstrap;

import io.cadbridge.adapters.events.KafkaSettings;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Kafka settings (ADR 0030, docs/kafka.md): off unless {@code CADBRIDGE_KAFKA_BOOTSTRAP} is set;
 * then {@code CADBRIDGE_KAFKA_TOPIC} is needed and {@code CADBRIDGE_KAFKA_GROUP} names the consumer
 * group ({@code cadbridge}). Any {@code CADBRIDGE_KAFKA_PROPERTY_X_Y} becomes the client property
 * {@code x.y}, which is how TLS and SASL are set ({@code CADBRIDGE_KAFKA_PROPERTY_SECURITY_PROTOCOL=SASL_SSL}).
 */
final class KafkaEnvironment {

    static final String DEFAULT_GROUP = "cadbridge";
    private static final String PROPERTY_PREFIX = "CADBRIDGE_KAFKA_PROPERTY_";

    private KafkaEnvironment() {}

    static Optional<KafkaSettings> read(EnvironmentReader env) {
        Optional<String> bootstrap = env.text("CADBRIDGE_KAFKA_BOOTSTRAP");
        if (bootstrap.isEmpty()) {
            for (String dependent : new String[] {"CADBRIDGE_KAFKA_TOPIC", "CADBRIDGE_KAFKA_GROUP"}) {
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
        String group = env.text("CADBRIDGE_KAFKA_GROUP").orElse(DEFAULT_GROUP);
        return Optional.of(new KafkaSettings(bootstrap.get(), topic, group, clientProperties(env)));
    }

    private static Map<String, String> clientProperties(EnvironmentReader env) {
        Map<String, String> properties = new TreeMap<>();
        env.withPrefix(PROPERTY_PREFIX)
                .forEach((name, value) ->
                        properties.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value));
        return properties;
    }
}
