package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.json.JsonValue;
import java.time.Instant;

/** One CAD key saved for statistics and history: one value per conversation and key. */
public record StatisticsEntry(
        ConversationId conversationId, String key, JsonValue value, EventId eventId, Instant savedAt) {
    public StatisticsEntry {
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
        requireNonNull(eventId, "eventId is null");
        requireNonNull(savedAt, "savedAt is null");
    }
}
