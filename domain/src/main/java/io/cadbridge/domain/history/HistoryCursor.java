package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationId;
import java.time.Instant;

/** Where the next page of a search starts: after this conversation, in newest-first order (start time, then id). */
public record HistoryCursor(Instant startedAt, ConversationId conversationId) {

    public HistoryCursor {
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(conversationId, "conversationId is null");
    }
}
