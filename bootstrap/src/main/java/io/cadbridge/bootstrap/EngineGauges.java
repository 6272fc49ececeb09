package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.persistence.QueueDepth;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.Integration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauges that need the database, read every {@link #PERIOD} on a thread of their own — never on a
 * scrape, so a scrape stays cheap and a slow database cannot stall it:
 * {@code cadbridge_queue_pending_jobs}, {@code cadbridge_queue_oldest_job_age_seconds} (0 when none
 * waits), {@code cadbridge_crm_circuit_state} (1 for each integration's current state, 0 for the others)
 * and {@code cadbridge_integration_info} (1, to join an integration's id to its name). While the
 * database does not answer they keep their last values.
 */
final class EngineGauges implements AutoCloseable {

    static final Duration PERIOD = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(EngineGauges.class);

    private final QueueDepth depth;
    private final IntegrationRepository integrations;
    private final CrmCallHealth health;
    private final Clock clock;
    private final MultiGauge circuits;
    private final MultiGauge names;
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("cadbridge-gauges").daemon().factory());
    private volatile QueueDepth.Snapshot queue = new QueueDepth.Snapshot(0, Optional.empty());
    private volatile boolean failing;

    EngineGauges(
            QueueDepth depth,
            IntegrationRepository integrations,
            CrmCallHealth health,
            Clock clock,
            MeterRegistry registry) {
        this.depth = requireNonNull(depth, "depth is null");
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.health = requireNonNull(health, "health is null");
        this.clock = requireNonNull(clock, "clock is null");
        Gauge.builder("cadbridge.queue.pending.jobs", this, gauges -> gauges.queue.pendingJobs())
                .description("Jobs accepted and not finished: due, running or waiting for a delayed step")
                .register(registry);
        Gauge.builder("cadbridge.queue.oldest.job.age", this, EngineGauges::oldestAgeSeconds)
                .description("How long ago the oldest unfinished job was accepted; 0 when none is")
                .baseUnit("seconds")
                .register(registry);
        this.circuits = MultiGauge.builder("cadbridge.crm.circuit.state")
                .description("Each integration's circuit breaker: 1 for its current state, 0 for the others")
                .register(registry);
        this.names = MultiGauge.builder("cadbridge.integration.info")
                .description("Always 1: joins an integration's id to its name")
                .register(registry);
    }

    /** Reads once now, so the first scrape has values, then every {@link #PERIOD}. */
    EngineGauges start() {
        read();
        reader.scheduleWithFixedDelay(this::read, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void read() {
        try {
            queue = depth.read();
            List<MultiGauge.Row<?>> states = new ArrayList<>();
            List<MultiGauge.Row<?>> info = new ArrayList<>();
            for (Integration integration : integrations.findAll()) {
                String id = integration.id().toString();
                CircuitView.State current = health.circuit(integration.id())
                        .orElse(CircuitView.UNUSED)
                        .state();
                for (CircuitView.State state : CircuitView.State.values()) {
                    states.add(MultiGauge.Row.of(
                            Tags.of("integration", id, "state", state.name().toLowerCase(Locale.ROOT)),
                            state == current ? 1 : 0));
                }
                info.add(MultiGauge.Row.of(Tags.of("integration", id, "name", integration.name()), 1));
            }
            circuits.register(states, true);
            names.register(info, true);
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("The queue and circuit-breaker gauges keep their last values: {}", e.getMessage());
            }
            failing = true;
        }
    }

    private double oldestAgeSeconds() {
        return queue.oldestAcceptedAt()
                .map(at -> Math.max(0, Duration.between(at, clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
