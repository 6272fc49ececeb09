package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;

/**
 * Which run wrote an attached-data key: the event's time, then the order in which cadbridge accepted
 * the event (for events of the same instant), then the integration's place among the event's
 * integrations. A key is only ever overwritten by a run of the same or a later version, so a result
 * computed for an older event never overwrites what a newer one wrote, whatever order they finish in.
 */
public record CadVersion(Instant eventTime, long eventSequence, int step) implements Comparable<CadVersion> {

    private static final Comparator<CadVersion> ORDER = Comparator.comparing(CadVersion::eventTime)
            .thenComparingLong(CadVersion::eventSequence)
            .thenComparingInt(CadVersion::step);

    public CadVersion {
        requireNonNull(eventTime, "eventTime is null");
        if (step < 0) {
            throw new IllegalArgumentException("step is negative: " + step);
        }
    }

    @Override
    public int compareTo(CadVersion other) {
        return ORDER.compare(this, other);
    }

    public boolean isNewerThan(CadVersion other) {
        return compareTo(other) > 0;
    }
}
