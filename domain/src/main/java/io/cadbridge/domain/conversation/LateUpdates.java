package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What happens to a conversation's attached data after it is Closed, as in Contact Pro, where
 * "customerId disappears from the system" and only saved keys remain: keys that are not included
 * in statistics are removed once {@code unsavedKeysGrace} has passed, and from then on only saved
 * keys are written; after {@code lateUpdateWindow} nothing is written any more.
 */
public record LateUpdates(Duration unsavedKeysGrace, Duration lateUpdateWindow) {

    /** An hour each (CADBRIDGE_UNSAVED_KEYS_GRACE, CADBRIDGE_LATE_UPDATE_WINDOW). */
    public static final LateUpdates DEFAULT = new LateUpdates(Duration.ofHours(1), Duration.ofHours(1));

    public LateUpdates {
        requireNonNull(unsavedKeysGrace, "unsavedKeysGrace is null");
        requireNonNull(lateUpdateWindow, "lateUpdateWindow is null");
        if (unsavedKeysGrace.isNegative() || lateUpdateWindow.isNegative()) {
            throw new IllegalArgumentException("durations after Closed cannot be negative");
        }
    }

    /** What may be written to a conversation closed at {@code closedAt} (empty: still open), {@code now}. */
    public Admits admits(Optional<Instant> closedAt, Instant now) {
        if (closedAt.isEmpty()) {
            return Admits.EVERY_KEY;
        }
        if (now.isAfter(closedAt.get().plus(lateUpdateWindow))) {
            return Admits.NOTHING;
        }
        return now.isAfter(closedAt.get().plus(unsavedKeysGrace)) ? Admits.SAVED_KEYS : Admits.EVERY_KEY;
    }

    /** When late updates end for a conversation closed at {@code closedAt}. */
    public Instant windowEnd(Instant closedAt) {
        return closedAt.plus(lateUpdateWindow);
    }

    public enum Admits {
        EVERY_KEY,
        SAVED_KEYS,
        NOTHING
    }
}
