package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonValue;
import java.time.Instant;

/**
 * One CAD value saved for statistics and history. {@code mode} says how it joins the values kept
 * before for the same conversation and key: kept only if there is none ({@code first}), replacing
 * it ({@code last}), or added beside them ({@code all}).
 */
public record StatisticsEntry(
        ConversationId conversationId,
        String key,
        JsonValue value,
        EventId eventId,
        Instant savedAt,
        HistoryMode mode) {
    public StatisticsEntry {
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
        requireNonNull(eventId, "eventId is null");
        requireNonNull(savedAt, "savedAt is null");
        requireNonNull(mode, "mode is null");
    }
}
