package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.IngestEventsUseCase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The in-memory world's ingestion, remembering each outcome; and the Kafka consumer that feeds it. */
final class RecordingIngestion implements IngestEventsUseCase {

    private final InMemoryWorld world;
    private final List<EventOutcome> outcomes = new CopyOnWriteArrayList<>();

    RecordingIngestion(InMemoryWorld world) {
        this.world = requireNonNull(world, "world is null");
    }

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

    @Override
    public long queuedJobs() {
        return world.ingestEvents().queuedJobs();
    }

    List<EventOutcome> outcomes() {
        return outcomes;
    }

    List<String> eventIds() {
        return outcomes.stream().map(outcome -> outcome.eventId().value()).toList();
    }

    /** A consumer of {@code settings} feeding this, retrying after 100 ms and counting the queue at every poll. */
    KafkaIngestion consumer(KafkaSettings settings) {
        return new KafkaIngestion(
                settings, this, new JsonBodies(ApiJson.newMapper()), Duration.ofMillis(100), Duration.ZERO);
    }
}
