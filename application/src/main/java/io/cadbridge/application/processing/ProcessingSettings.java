package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.LateUpdates;
import java.time.Duration;

/**
 * How event processing paces itself.
 *
 * @param maxInFlight jobs this process runs at once (each on a virtual thread); more wait in the queue
 * @param lease how long a job stays leased to this process without a renewal (renewed every third of it)
 * @param pollInterval how often an idle worker looks for due jobs
 * @param stopGrace how long a stopping worker lets running jobs finish before it gives their leases up
 * @param configurationMaxAge how old the integrations and extra-data settings that event processing
 *     reads may be on a process that did not change them (zero: read on every use)
 * @param lateUpdates what is written to a conversation after it is closed, and when its unsaved keys go
 * @param housekeepingInterval how often closed conversations are looked at for keys to remove
 */
public record ProcessingSettings(
        int maxInFlight,
        Duration lease,
        Duration pollInterval,
        Duration stopGrace,
        Duration configurationMaxAge,
        LateUpdates lateUpdates,
        Duration housekeepingInterval) {

    public static final ProcessingSettings DEFAULT = new ProcessingSettings(
            4096,
            Duration.ofSeconds(30),
            Duration.ofMillis(200),
            Duration.ofSeconds(10),
            Duration.ofSeconds(1),
            LateUpdates.DEFAULT,
            Duration.ofMinutes(1));

    public ProcessingSettings {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be positive, not " + maxInFlight);
        }
        requireNonNull(lease, "lease is null");
        requireNonNull(pollInterval, "pollInterval is null");
        requireNonNull(stopGrace, "stopGrace is null");
        requireNonNull(configurationMaxAge, "configurationMaxAge is null");
        requireNonNull(lateUpdates, "lateUpdates is null");
        requireNonNull(housekeepingInterval, "housekeepingInterval is null");
    }

    public ProcessingSettings withMaxInFlight(int jobs) {
        return new ProcessingSettings(
                jobs, lease, pollInterval, stopGrace, configurationMaxAge, lateUpdates, housekeepingInterval);
    }

    public ProcessingSettings withConfigurationMaxAge(Duration maxAge) {
        return new ProcessingSettings(
                maxInFlight, lease, pollInterval, stopGrace, maxAge, lateUpdates, housekeepingInterval);
    }

    public ProcessingSettings withLateUpdates(LateUpdates rules) {
        return new ProcessingSettings(
                maxInFlight, lease, pollInterval, stopGrace, configurationMaxAge, rules, housekeepingInterval);
    }
}
