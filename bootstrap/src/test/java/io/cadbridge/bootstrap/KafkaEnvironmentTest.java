package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.adapters.events.KafkaSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaEnvironmentTest {

    @Test
    void kafkaIsOffWithoutBrokers() {
        assertThat(ServiceSettings.fromEnvironment(Map.of()).kafka()).isEmpty();
    }

    @Test
    void brokersTopicGroupAndClientPropertiesAreRead() {
        ServiceSettings settings = ServiceSettings.fromEnvironment(Map.of(
                "CADBRIDGE_KAFKA_BOOTSTRAP", "k1:9093,k2:9093",
                "CADBRIDGE_KAFKA_TOPIC", "contact-events",
                "CADBRIDGE_KAFKA_PROPERTY_SECURITY_PROTOCOL", "SASL_SSL",
                "CADBRIDGE_KAFKA_PROPERTY_SASL_JAAS_CONFIG", "secret-config"));

        KafkaSettings kafka = settings.kafka().orElseThrow();
        assertThat(kafka.bootstrapServers()).isEqualTo("k1:9093,k2:9093");
        assertThat(kafka.topic()).isEqualTo("contact-events");
        assertThat(kafka.group()).isEqualTo("cadbridge");
        assertThat(kafka.clientProperties())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("security.protocol", "SASL_SSL", "sasl.jaas.config", "secret-config"));
        assertThat(settings.toString()).contains("sasl.jaas.config").doesNotContain("secret-config");
    }

    @Test
    void brokersWithoutATopicStopStartUp() {
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_KAFKA_BOOTSTRAP", "k1:9093")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_KAFKA_TOPIC");
    }

    @Test
    void aTopicWithoutBrokersStopsStartUp() {
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_KAFKA_TOPIC", "events")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_KAFKA_BOOTSTRAP");
    }
}
