package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.QueueRef;
import java.util.List;
import java.util.Optional;

/**
 * Direct Conversations / Queues: which conversations an integration serves. A queue is named by its
 * id or its address, or {@code "*"} for every queue; a conversation without a queue is a direct one.
 */
public record Scope(boolean directConversations, List<String> queues) {

    /** In {@code queues}: every queue. */
    public static final String ALL_QUEUES = "*";

    public Scope {
        queues = List.copyOf(requireNonNull(queues, "queues is null"));
    }

    public boolean covers(Optional<QueueRef> queue) {
        if (queue.isEmpty()) {
            return directConversations;
        }
        return queues.contains(ALL_QUEUES) || queues.stream().anyMatch(queue.get()::isNamed);
    }
}
