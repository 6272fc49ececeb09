package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.cadbridge.application.port.in.IngestEventsUseCase;
import java.time.Duration;

/**
 * Binds the Kafka consumer (ADR 0030) next to {@link EventsApiModule}, whose JSON rules it shares.
 * Installed only when Kafka is configured; the composition root starts and stops {@link KafkaIngestion}.
 */
public final class KafkaIngestionModule extends AbstractModule {

    /** How long the consumer waits before offering a batch again while the database cannot be reached. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** How often the queued jobs are counted: one cheap query a second, whatever the rate of polls. */
    static final Duration CHECK_QUEUE_EVERY = Duration.ofSeconds(1);

    private final KafkaSettings settings;

    public KafkaIngestionModule(KafkaSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Provides
    @Singleton
    KafkaIngestion ingestion(IngestEventsUseCase events, JsonBodies json) {
        return new KafkaIngestion(settings, events, json, RETRY_AFTER, CHECK_QUEUE_EVERY);
    }
}
