package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.json.JsonValue;
import java.time.Instant;

/** A value kept for history: the key, the value, the event whose integration saved it, and when. */
public record KeptValue(String key, JsonValue value, EventId eventId, Instant savedAt) {

    public KeptValue {
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
        requireNonNull(eventId, "eventId is null");
        requireNonNull(savedAt, "savedAt is null");
    }
}
