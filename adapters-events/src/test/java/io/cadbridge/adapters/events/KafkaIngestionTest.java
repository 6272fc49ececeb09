package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.IngestEventsUseCase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events from a real (in-process) Kafka broker reach the same use case as the webhook's. */
class KafkaIngestionTest {

    private static KafkaTestBroker broker;

    private final InMemoryWorld world = new InMemoryWorld(
                    Clock.fixed(Instant.parse("2024-01-02T10:00:00Z"), ZoneOffset.UTC))
            .runBackgroundWorkImmediately();
    private final List<EventOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final IngestEventsUseCase recording = new IngestEventsUseCase() {
        @Override
        public List<EventOutcome> ingest(IngestCommand command) {
            List<EventOutcome> ingested = world.ingestEvents().ingest(command);
            outcomes.addAll(ingested);
            return ingested;
        }

        @Override
        public Map<Integer, Long> positions(String stream) {
            return world.ingestEvents().positions(stream);
        }
    };

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaTestBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void eventsAreAcceptedAndABadRecordDoesNotStopThePartition() throws Exception {
        broker.createTopic("events-a", 1);
        send("events-a", Examples.receivedEvent("kafka-1"));
        send("events-a", "{not json");
        send("events-a", "{\"event\": {\"id\": \"x\"}}");
        send("events-a", Examples.receivedEvent("kafka-2"));

        try (KafkaIngestion ingestion = ingestion("events-a", "group-a")) {
            ingestion.start();
            await(() -> outcomes.size() == 2);
        }

        assertThat(outcomes).extracting(outcome -> outcome.eventId().value()).containsExactly("kafka-1", "kafka-2");
        assertThat(outcomes).allMatch(EventOutcome.Accepted.class::isInstance);
    }

    @Test
    void aRedeliveredEventIsADuplicate() throws Exception {
        broker.createTopic("events-b", 1);
        send("events-b", Examples.receivedEvent("kafka-3"));
        send("events-b", Examples.receivedEvent("kafka-3"));

        try (KafkaIngestion ingestion = ingestion("events-b", "group-b")) {
            ingestion.start();
            await(() -> outcomes.size() == 2);
        }

        assertThat(outcomes.get(1)).isInstanceOf(EventOutcome.Duplicate.class);
    }

    @Test
    void aNewConsumerGoesOnFromThePositionsInTheDatabaseNotFromKafkasOwn() throws Exception {
        broker.createTopic("events-c", 2);
        send("events-c", Examples.receivedEvent("kafka-4"));
        try (KafkaIngestion first = ingestion("events-c", "group-c1")) {
            first.start();
            await(() -> outcomes.size() == 1);
        }

        // Another group has no Kafka offsets at all (it would read from the earliest), as after a lost Kafka commit.
        send("events-c", Examples.receivedEvent("kafka-5"));
        try (KafkaIngestion second = ingestion("events-c", "group-c2")) {
            second.start();
            await(() -> outcomes.size() == 2);
            Thread.sleep(1000);
        }

        assertThat(outcomes).extracting(outcome -> outcome.eventId().value()).containsExactly("kafka-4", "kafka-5");
        assertThat(world.inbox.positions("events-c").values()).containsExactly(2L);
    }

    @Test
    void whileTheDatabaseIsUnreachableNothingIsSkipped() throws Exception {
        broker.createTopic("events-d", 1);
        world.inbox.unreachable(true);
        try (KafkaIngestion ingestion = ingestion("events-d", "group-d")) {
            ingestion.start();
            send("events-d", Examples.receivedEvent("kafka-6"));
            send("events-d", Examples.receivedEvent("kafka-7"));
            Thread.sleep(1500);
            assertThat(outcomes).isEmpty();

            world.inbox.unreachable(false);
            await(() -> outcomes.size() == 2);
        }

        assertThat(outcomes).extracting(outcome -> outcome.eventId().value()).containsExactly("kafka-6", "kafka-7");
        assertThat(world.inbox.positions("events-d")).isEqualTo(Map.of(0, 2L));
    }

    private KafkaIngestion ingestion(String topic, String group) {
        return new KafkaIngestion(
                new KafkaSettings(broker.bootstrapServers(), topic, group, Map.of()),
                recording,
                new JsonBodies(ApiJson.newMapper()),
                Duration.ofMillis(100));
    }

    private static void send(String topic, String value) throws Exception {
        broker.send(topic, Examples.CONTACT_ID, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("reached within 30 s").isTrue();
    }
}
