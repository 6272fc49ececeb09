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
        assertThat(kafka.deadLetterTopic()).isEmpty();
        assertThat(kafka.maxQueuedJobs()).isEqualTo(20_000);
    }

    @Test
    void aDeadLetterTopicAndTheBoundOnQueuedJobsAreRead() {
        KafkaSettings kafka = ServiceSettings.fromEnvironment(Map.of(
                        "CADBRIDGE_KAFKA_BOOTSTRAP", "k1:9093",
                        "CADBRIDGE_KAFKA_TOPIC", "contact-events",
                        "CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC", "contact-events-rejected",
                        "CADBRIDGE_KAFKA_MAX_QUEUED_JOBS", "5000"))
                .kafka()
                .orElseThrow();

        assertThat(kafka.deadLetterTopic()).contains("contact-events-rejected");
        assertThat(kafka.maxQueuedJobs()).isEqualTo(5000);
    }

    @Test
    void aBoundThatIsNoPositiveNumberStopsStartUpNamingTheSetting() {
        for (String bad : new String[] {"0", "-5", "lots", "20000000"}) {
            assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of(
                            "CADBRIDGE_KAFKA_BOOTSTRAP", "k1:9093",
                            "CADBRIDGE_KAFKA_TOPIC", "contact-events",
                            "CADBRIDGE_KAFKA_MAX_QUEUED_JOBS", bad)))
                    .isInstanceOf(SettingsException.class)
                    .hasMessage("CADBRIDGE_KAFKA_MAX_QUEUED_JOBS must be a number of jobs from 1 to 10000000, not '"
                            + bad + "'");
        }
    }

    @Test
    void aTopicNameKafkaWouldRefuseStopsStartUp() {
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of(
                        "CADBRIDGE_KAFKA_BOOTSTRAP", "k1:9093",
                        "CADBRIDGE_KAFKA_TOPIC", "contact-events",
                        "CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC", "rejected events")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC must be a Kafka topic name (1 to 249 of a-z, A-Z, 0-9,"
                        + " '.', '_' and '-'), not 'rejected events'");
    }

    @Test
    void theDeadLetterTopicCannotBeTheTopicReadFrom() {
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of(
                        "CADBRIDGE_KAFKA_BOOTSTRAP", "k1:9093",
                        "CADBRIDGE_KAFKA_TOPIC", "contact-events",
                        "CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC", "contact-events")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC must name another topic");
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
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_KAFKA_MAX_QUEUED_JOBS", "100")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_KAFKA_MAX_QUEUED_JOBS is set but CADBRIDGE_KAFKA_BOOTSTRAP is not");
    }
}
