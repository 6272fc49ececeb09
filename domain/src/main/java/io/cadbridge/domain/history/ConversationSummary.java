package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.Optional;

/**
 * A conversation as history lists it. Channel, direction, queue and agent are empty for
 * conversations recorded before cadbridge kept them, or when no event named them.
 */
public record ConversationSummary(
        ConversationId conversationId,
        Optional<String> channelType,
        Optional<String> direction,
        Optional<String> queue,
        Optional<String> agent,
        Instant startedAt,
        Optional<Instant> endedAt,
        Optional<Instant> closedAt) {

    public ConversationSummary {
        requireNonNull(conversationId, "conversationId is null");
        requireNonNull(channelType, "channelType is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(queue, "queue is null");
        requireNonNull(agent, "agent is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(endedAt, "endedAt is null");
        requireNonNull(closedAt, "closedAt is null");
    }

    /** Where a page that ends with this conversation goes on. */
    public HistoryCursor cursor() {
        return new HistoryCursor(startedAt, conversationId);
    }
}
