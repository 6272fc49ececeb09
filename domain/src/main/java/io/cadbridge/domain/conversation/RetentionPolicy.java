package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long what cadbridge keeps is kept: a conversation's history (its record, attached data and
 * kept values) for {@code history} after its last event; accepted events, finished jobs and runs for
 * {@code operational}. What is past its time is deleted every {@code interval}.
 */
public record RetentionPolicy(Duration history, Duration operational, Duration interval) {

    /**
     * 400 days of history (CADBRIDGE_HISTORY_RETENTION), 30 days of operations
     * (CADBRIDGE_OPERATIONAL_RETENTION), pruned every hour (CADBRIDGE_RETENTION_INTERVAL).
     */
    public static final RetentionPolicy DEFAULT =
            new RetentionPolicy(Duration.ofDays(400), Duration.ofDays(30), Duration.ofHours(1));

    public RetentionPolicy {
        requireNonNull(history, "history is null");
        requireNonNull(operational, "operational is null");
        requireNonNull(interval, "interval is null");
        if (!history.isPositive() || !operational.isPositive() || !interval.isPositive()) {
            throw new IllegalArgumentException("retention periods and their interval are positive");
        }
    }
}
