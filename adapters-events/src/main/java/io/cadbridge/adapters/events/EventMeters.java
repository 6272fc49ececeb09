package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.domain.access.WebhookSignature;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
    /** Found once per outcome and status: building a meter's id on every event costs more than counting. */
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

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

    /** {@code cadbridge_webhook_signature_refused_total} by {@code reason}: missing, malformed, stale or mismatch. */
    void signatureRefused(WebhookSignature.Refusal refusal) {
        Counter.builder("cadbridge.webhook.signature.refused")
                .description("Events refused for their Standard Webhooks signature, by reason")
                .tag("reason", refusal.wireName())
                .register(registry)
                .increment();
    }

    private Counter counter(String outcome, int status) {
        return counters.computeIfAbsent(outcome + " " + status, key -> register(outcome, status));
    }

    private Counter register(String outcome, int status) {
        return Counter.builder(NAME)
                .description(DESCRIPTION)
                .tag("outcome", outcome)
                .tag("status", Integer.toString(status))
                .register(registry);
    }
}
