package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long what cadbridge keeps is kept: a conversation's history (its record, attached data and
 * kept values) for {@code history} after its last event; accepted events, finished jobs and runs for
 * {@code operational}.
 */
public record RetentionPolicy(Duration history, Duration operational) {

    /** 400 days of history (CADBRIDGE_HISTORY_RETENTION), 30 days of operations (CADBRIDGE_OPERATIONAL_RETENTION). */
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofDays(400), Duration.ofDays(30));

    public RetentionPolicy {
        requireNonNull(history, "history is null");
        requireNonNull(operational, "operational is null");
        if (history.isNegative() || history.isZero() || operational.isNegative() || operational.isZero()) {
            throw new IllegalArgumentException("retention periods are positive");
        }
    }
}
