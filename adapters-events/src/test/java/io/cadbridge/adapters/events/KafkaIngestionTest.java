package io.cadbridge.adapters.events;

import static io.cadbridge.adapters.events.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.ingestion.Rejection;
import io.cadbridge.domain.validation.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events from a real (in-process) Kafka broker reach the same use case as the webhook's. */
class KafkaIngestionTest {

    private static KafkaTestBroker broker;

    private final InMemoryWorld world = new InMemoryWorld(
                    Clock.fixed(Instant.parse("2024-01-02T10:00:00Z"), ZoneOffset.UTC))
            .runBackgroundWorkImmediately();
    private final RecordingIngestion events = new RecordingIngestion(world);

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaTestBroker.shared();
    }

    @Test
    void eventsAreAcceptedAndABadRecordIsKeptWithoutStoppingThePartition() throws Exception {
        broker.createTopic("events-a", 1);
        send("events-a", Examples.receivedEvent("kafka-1"));
        send("events-a", "{not json");
        send("events-a", "{\"event\": {\"id\": \"x\"}}");
        send("events-a", Examples.receivedEvent("kafka-2"));

        try (KafkaIngestion ingestion = events.consumer(settings("events-a", "group-a"))) {
            ingestion.start();
            await(() -> events.outcomes().size() == 2);
        }

        assertThat(events.eventIds()).containsExactly("kafka-1", "kafka-2");
        assertThat(events.outcomes()).allMatch(EventOutcome.Accepted.class::isInstance);
        List<RejectedRecord> rejected = world.inbox.rejectedNewestFirst(Optional.empty(), 10).stream()
                .map(Rejection::record)
                .toList();
        assertThat(rejected).extracting(RejectedRecord::offset).containsExactly(2L, 1L);
        assertThat(rejected).extracting(RejectedRecord::key).containsOnly(Optional.of(Examples.CONTACT_ID));
        assertThat(rejected.get(1).value()).contains("{not json");
        assertThat(rejected.get(1).problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.message()).startsWith("malformed JSON at line 1, column 2"));
        assertThat(rejected.get(0).problems())
                .extracting(ValidationProblem::pointer)
                .contains("/event/name", "/contact");
        assertThat(world.inbox.positions("events-a")).isEqualTo(Map.of(0, 4L));
    }

    @Test
    void aRedeliveredEventIsADuplicate() throws Exception {
        broker.createTopic("events-b", 1);
        send("events-b", Examples.receivedEvent("kafka-3"));
        send("events-b", Examples.receivedEvent("kafka-3"));

        try (KafkaIngestion ingestion = events.consumer(settings("events-b", "group-b"))) {
            ingestion.start();
            await(() -> events.outcomes().size() == 2);
        }

        assertThat(events.outcomes().get(1)).isInstanceOf(EventOutcome.Duplicate.class);
    }

    @Test
    void aNewConsumerGoesOnFromThePositionsInTheDatabaseNotFromKafkasOwn() throws Exception {
        broker.createTopic("events-c", 2);
        send("events-c", Examples.receivedEvent("kafka-4"));
        send("events-c", "not an event");
        try (KafkaIngestion first = events.consumer(settings("events-c", "group-c1"))) {
            first.start();
            await(() -> events.outcomes().size() == 1
                    && !world.inbox.rejectedNewestFirst(Optional.empty(), 1).isEmpty());
        }

        // Another group has no Kafka offsets at all (it would read from the earliest), as after a lost Kafka commit.
        send("events-c", Examples.receivedEvent("kafka-5"));
        try (KafkaIngestion second = events.consumer(settings("events-c", "group-c2"))) {
            second.start();
            await(() -> events.outcomes().size() == 2);
            Thread.sleep(1000);
        }

        assertThat(events.eventIds()).containsExactly("kafka-4", "kafka-5");
        assertThat(world.inbox.positions("events-c").values()).containsExactly(3L);
        assertThat(world.inbox.rejectedNewestFirst(Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void whileTheDatabaseIsUnreachableNothingIsSkipped() throws Exception {
        broker.createTopic("events-d", 1);
        world.inbox.unreachable(true);
        try (KafkaIngestion ingestion = events.consumer(settings("events-d", "group-d"))) {
            ingestion.start();
            send("events-d", Examples.receivedEvent("kafka-6"));
            send("events-d", "{\"event\": 1}");
            send("events-d", Examples.receivedEvent("kafka-7"));
            Thread.sleep(1500);
            assertThat(events.outcomes()).isEmpty();

            world.inbox.unreachable(false);
            await(() -> events.outcomes().size() == 2);
        }

        assertThat(events.eventIds()).containsExactly("kafka-6", "kafka-7");
        assertThat(world.inbox.positions("events-d")).isEqualTo(Map.of(0, 3L));
        assertThat(world.inbox.rejectedNewestFirst(Optional.empty(), 10)).hasSize(1);
    }

    private static KafkaSettings settings(String topic, String group) {
        return new KafkaSettings(broker.bootstrapServers(), topic, group, Map.of());
    }

    private static void send(String topic, String value) throws Exception {
        broker.send(topic, Examples.CONTACT_ID, value.getBytes(StandardCharsets.UTF_8));
    }
}
