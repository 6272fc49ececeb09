package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.ChannelType;
import java.time.LocalDate;
import java.util.Optional;

/** The daily counts of one key's values, for the days {@code from} to {@code to} (both included). */
public record DailyCountsQuery(String key, LocalDate from, LocalDate to, Optional<ChannelType> channel) {

    /** At most this many days in one query. */
    public static final int MAX_DAYS = 366;

    public DailyCountsQuery {
        requireNonNull(key, "key is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(channel, "channel is null");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
            throw new IllegalArgumentException("at most " + MAX_DAYS + " days, not " + from + " to " + to);
        }
    }
}
