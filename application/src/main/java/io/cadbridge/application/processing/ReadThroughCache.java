package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read at most every {@code maxAge} per key, for configuration that event processing reads
 * on every event but administrators change rarely. A {@code maxAge} of zero reads every time.
 */
final class ReadThroughCache<K, V> {

    private record Entry<V>(V value, Instant readAt) {}

    private final Clock clock;
    private final Duration maxAge;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    ReadThroughCache(Clock clock, Duration maxAge) {
        this.clock = requireNonNull(clock, "clock is null");
        this.maxAge = requireNonNull(maxAge, "maxAge is null");
    }

    V get(K key, Function<K, V> read) {
        if (maxAge.isZero()) {
            return read.apply(key);
        }
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry == null || entry.readAt().plus(maxAge).isBefore(now)) {
            entry = new Entry<>(read.apply(key), now);
            entries.put(key, entry);
        }
        return entry.value();
    }

    /** After a change made by this process: the next read goes to the source. */
    void invalidate() {
        entries.clear();
    }
}
