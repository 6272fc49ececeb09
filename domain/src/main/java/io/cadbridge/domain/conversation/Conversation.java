package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A conversation as cadbridge knows it: its attached data and when that last changed. */
public record Conversation(ConversationId id, AttachedData attachedData, Instant updatedAt) {
    public Conversation {
        requireNonNull(id, "id is null");
        requireNonNull(attachedData, "attachedData is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }
}
