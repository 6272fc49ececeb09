package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every CRM call, retries and waits included, as {@code cadbridge_crm_call_seconds} by
 * {@code integration} (its id) and {@code outcome}: the answer's status class ({@code 2xx} … {@code 5xx})
 * or why there was none ({@code timeout}, {@code connection}, {@code circuit_open}, {@code limit_reached},
 * …). The histogram has fixed buckets, the OpenTelemetry boundaries from 5 ms to 10 s, so each
 * integration and outcome costs 15 series whatever the traffic (ADR 0025).
 */
final class MeteredCrmClient implements CrmClient {

    static final Duration[] BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(75),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofMillis(750),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5),
        Duration.ofMillis(7500),
        Duration.ofSeconds(10)
    };

    private final CrmClient crm;
    private final MeterRegistry registry;
    /** Found once per integration and outcome: building a meter's id on every call costs more than the timing. */
    private final ConcurrentMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    private record TimerKey(IntegrationId integration, String outcome) {}

    MeteredCrmClient(CrmClient crm, MeterRegistry registry) {
        this.crm = requireNonNull(crm, "crm is null");
        this.registry = requireNonNull(registry, "registry is null");
    }

    private Timer timer(TimerKey key) {
        return Timer.builder("cadbridge.crm.call")
                .description("CRM calls by integration and outcome, retries and waits included")
                .tag("integration", key.integration().toString())
                .tag("outcome", key.outcome())
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    @Override
    public CrmResponse send(IntegrationId integration, OutboundRequest request) throws CrmCallException {
        return timed(integration, () -> crm.send(integration, request));
    }

    /** A vendor lookup is timed as one call, all its vendor calls included. */
    @Override
    public CrmResponse lookup(Integration integration, ConversationEvent event) throws CrmCallException {
        return timed(integration.id(), () -> crm.lookup(integration, event));
    }

    private interface Call {
        CrmResponse run() throws CrmCallException;
    }

    private CrmResponse timed(IntegrationId integration, Call call) throws CrmCallException {
        long started = System.nanoTime();
        String outcome = "error";
        try {
            CrmResponse response = call.run();
            outcome = response.status() / 100 + "xx";
            return response;
        } catch (CrmCallException e) {
            outcome = e.kind().name().toLowerCase(Locale.ROOT);
            throw e;
        } finally {
            timers.computeIfAbsent(new TimerKey(integration, outcome), this::timer)
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
