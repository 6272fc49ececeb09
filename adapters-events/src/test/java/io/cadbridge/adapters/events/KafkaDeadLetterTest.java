package io.cadbridge.adapters.events;

import static io.cadbridge.adapters.events.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryWorld;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code CADBRIDGE_KAFKA_DEAD_LETTER_TOPIC}: a record that holds no event is also copied there,
 * before its batch commits.
 */
class KafkaDeadLetterTest {

    private static KafkaTestBroker broker;

    private final InMemoryWorld world = new InMemoryWorld(Clock.systemUTC());
    private final RecordingIngestion events = new RecordingIngestion(world);

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaTestBroker.shared();
    }

    @Test
    void aRecordThatHoldsNoEventIsCopiedAsItCameWithWhereItCameFromAndWhy() throws Exception {
        broker.createTopic("dl-source", 2);
        broker.createTopic("dl-dead", 1);
        send("dl-source", Examples.receivedEvent("dl-1"));
        send("dl-source", "{\"event\": {\"name\": \"Received\"}}");

        try (KafkaIngestion ingestion = events.consumer(settings("dl-source").withDeadLetterTopic("dl-dead"))) {
            ingestion.start();
            await(() -> events.outcomes().size() == 1);
        }

        List<ConsumerRecord<byte[], byte[]>> copies = broker.read("dl-dead", 1, Duration.ofSeconds(10));
        assertThat(copies).hasSize(1);
        ConsumerRecord<byte[], byte[]> copy = copies.getFirst();
        long offset = world.inbox
                .rejectedNewestFirst(Optional.empty(), 1)
                .getFirst()
                .record()
                .offset();
        int partition = world.inbox
                .rejectedNewestFirst(Optional.empty(), 1)
                .getFirst()
                .record()
                .partition();
        assertThat(text(copy.key())).isEqualTo(Examples.CONTACT_ID);
        assertThat(text(copy.value())).isEqualTo("{\"event\": {\"name\": \"Received\"}}");
        assertThat(header(copy, KafkaDeadLetters.SOURCE_TOPIC)).isEqualTo("dl-source");
        assertThat(header(copy, KafkaDeadLetters.SOURCE_PARTITION)).isEqualTo(Integer.toString(partition));
        assertThat(header(copy, KafkaDeadLetters.SOURCE_OFFSET)).isEqualTo(Long.toString(offset));
        assertThat(header(copy, KafkaDeadLetters.ERROR)).contains("/event/id: ").contains("/contact: ");
    }

    @Test
    void whileTheDeadLetterTopicRefusesTheCopyNothingOfTheBatchIsCommittedAndNothingIsSkipped() throws Exception {
        broker.createTopic("dl-source-2", 1);
        // Smaller than any record with its headers: the broker refuses every copy until the limit is raised.
        broker.createTopic("dl-dead-2", 1, Map.of("max.message.bytes", "64"));
        send("dl-source-2", Examples.receivedEvent("dl-2"));
        send("dl-source-2", "not json");
        send("dl-source-2", Examples.receivedEvent("dl-3"));

        try (KafkaIngestion ingestion = events.consumer(settings("dl-source-2").withDeadLetterTopic("dl-dead-2"))) {
            ingestion.start();
            Thread.sleep(2000);
            assertThat(events.outcomes()).isEmpty();
            assertThat(world.inbox.positions("dl-source-2")).isEmpty();

            broker.setTopicConfig("dl-dead-2", "max.message.bytes", "1048588");
            await(() -> events.outcomes().size() == 2);
        }

        assertThat(events.eventIds()).containsExactly("dl-2", "dl-3");
        assertThat(world.inbox.positions("dl-source-2")).isEqualTo(Map.of(0, 3L));
        assertThat(broker.read("dl-dead-2", 1, Duration.ofSeconds(10)))
                .extracting(record -> text(record.value()))
                .containsExactly("not json");
    }

    private static KafkaSettings settings(String topic) {
        return new KafkaSettings(broker.bootstrapServers(), topic, "group-" + topic, Map.of());
    }

    private static void send(String topic, String value) throws Exception {
        broker.send(topic, Examples.CONTACT_ID, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as(name).isNotNull();
        return text(header.value());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
