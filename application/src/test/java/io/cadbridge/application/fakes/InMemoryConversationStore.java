package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Conversations with the version of each attached-data key, as the queue's commits write them. */
public final class InMemoryConversationStore implements ConversationStore {

    private record Stored(VersionedAttachedData data, Instant updatedAt) {}

    private final Map<ConversationId, Stored> conversations = new ConcurrentHashMap<>();

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return Optional.ofNullable(conversations.get(id))
                .map(stored -> new Conversation(id, stored.data().data(), stored.updatedAt()));
    }

    /** The conversation exists from its first accepted event on, with no attached data yet. */
    void touch(ConversationId id, Instant at) {
        conversations.putIfAbsent(id, new Stored(VersionedAttachedData.EMPTY, at));
    }

    VersionedAttachedData versioned(ConversationId id) {
        return Optional.ofNullable(conversations.get(id)).map(Stored::data).orElse(VersionedAttachedData.EMPTY);
    }

    void put(ConversationId id, VersionedAttachedData data, Instant at) {
        conversations.put(id, new Stored(data, at));
    }
}
