package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryConversationStore implements ConversationStore {

    private final Map<ConversationId, Conversation> conversations = new ConcurrentHashMap<>();

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public Conversation mergeAttachedData(ConversationId id, JsonObject saved, Instant at) {
        return conversations.compute(id, (key, current) -> {
            AttachedData before = current == null ? AttachedData.EMPTY : current.attachedData();
            return new Conversation(id, before.merge(saved), at);
        });
    }
}
