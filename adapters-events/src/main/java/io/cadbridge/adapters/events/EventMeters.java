package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EventOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Counts what {@code POST /v1/events} answered: {@code cadbridge_events_total} by {@code outcome}
 * ({@code accepted}, {@code duplicate} or {@code refused}) and, for refusals, the HTTP {@code status}
 * (400 invalid, 401 no or bad token or signature, 403 wrong scope, 413 too large, 503 storage down).
 */
@Singleton
final class EventMeters {

    private static final String NAME = "cadbridge.events";
    private static final String DESCRIPTION = "Events received on POST /v1/events, by what became of them";

    private final MeterRegistry registry;

    @Inject
    EventMeters(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    void answered(EventOutcome outcome, int status) {
        counter(outcome instanceof EventOutcome.Duplicate ? "duplicate" : "accepted", status)
                .increment();
    }

    void refused(int status) {
        counter("refused", status).increment();
    }

    private Counter counter(String outcome, int status) {
        return Counter.builder(NAME)
                .description(DESCRIPTION)
                .tag("outcome", outcome)
                .tag("status", Integer.toString(status))
                .register(registry);
    }
}
