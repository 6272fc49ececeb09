package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.IntegrationId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One {@link IntegrationGuard} per integration, so one failing CRM never blocks the others. When an
 * integration is saved with other settings its next call gets a new guard built from them (its breaker
 * starts closed, its cache empty). Guards unused for {@link #IDLE} are dropped: test runs of unsaved
 * drafts and deleted integrations leave nothing behind for long.
 */
final class IntegrationGuards implements CrmCallHealth {

    static final Duration IDLE = Duration.ofHours(1);

    private final int halfOpenCalls;
    private final Clock clock;
    private final Cache<IntegrationId, IntegrationGuard> guards =
            CacheBuilder.newBuilder().expireAfterAccess(IDLE).build();

    IntegrationGuards(CrmClientSettings settings, Clock clock) {
        this.halfOpenCalls = requireNonNull(settings, "settings is null").halfOpenCalls();
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The guard for the integration's current settings. */
    IntegrationGuard of(IntegrationId integration, OutboundRequest request) {
        GuardSettings wanted = GuardSettings.of(requireNonNull(request, "request is null"));
        return guards.asMap()
                .compute(
                        requireNonNull(integration, "integration is null"),
                        (id, current) -> current != null && current.settings().equals(wanted)
                                ? current
                                : new IntegrationGuard(id, wanted, halfOpenCalls, clock));
    }

    @Override
    public Optional<CircuitView> circuit(IntegrationId integration) {
        return Optional.ofNullable(guards.getIfPresent(requireNonNull(integration, "integration is null")))
                .map(IntegrationGuard::view);
    }
}
