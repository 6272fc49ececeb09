package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A change to the daily counts of a key's values: on {@code day} (UTC), conversations of
 * {@code channel} keeping {@code value} for {@code key} changed by {@code delta}. The counts say how
 * many conversations keep each value, by the day it was saved: a {@code last} key whose value
 * changes moves its conversation from the old value (on the old value's day) to the new one.
 */
public record DailyCount(String key, LocalDate day, String channel, String value, long delta) {

    /** The value a conversation kept for a {@code first} or {@code last} key before, and the day it was saved. */
    public record Kept(String value, LocalDate day) {
        public Kept {
            requireNonNull(value, "value is null");
            requireNonNull(day, "day is null");
        }
    }

    public DailyCount {
        requireNonNull(key, "key is null");
        requireNonNull(day, "day is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(value, "value is null");
    }

    /** What keeping {@code entry} changes, given what its conversation kept for the key before. */
    public static List<DailyCount> of(StatisticsEntry entry, Optional<Kept> before, String channel) {
        String value = searchText(entry.value());
        LocalDate day = LocalDate.ofInstant(entry.savedAt(), ZoneOffset.UTC);
        DailyCount added = new DailyCount(entry.key(), day, channel, value, 1);
        return switch (entry.mode()) {
            case ALL -> List.of(added);
            case FIRST -> before.isPresent() ? List.of() : List.of(added);
            case LAST -> {
                if (before.isEmpty()) {
                    yield List.of(added);
                }
                if (before.get().value().equals(value)) {
                    yield List.of();
                }
                yield List.of(
                        new DailyCount(
                                entry.key(),
                                before.get().day(),
                                channel,
                                before.get().value(),
                                -1),
                        added);
            }
        };
    }

    /** How a kept value is searched and counted: a string as it is, anything else as its JSON. */
    public static String searchText(JsonValue value) {
        return value instanceof JsonString text ? text.value() : value.toJson();
    }
}
