package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.ChannelType;
import java.time.Instant;
import java.util.Optional;

/**
 * A search of history: the conversations that kept a value of {@code key} matching {@code match},
 * started in {@code [from, to)}, optionally of one channel and queue, newest first, at most
 * {@code limit}, after {@code after} when paging on.
 */
public record HistorySearch(
        String key,
        ValueMatch match,
        Optional<Instant> from,
        Optional<Instant> to,
        Optional<ChannelType> channel,
        Optional<String> queue,
        int limit,
        Optional<HistoryCursor> after) {

    /** The most conversations one page holds. */
    public static final int MAX_LIMIT = 500;

    public HistorySearch {
        requireNonNull(key, "key is null");
        requireNonNull(match, "match is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(queue, "queue is null");
        requireNonNull(after, "after is null");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
        }
    }
}
