package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.ConversationLifecycle;
import io.cadbridge.domain.conversation.Placement;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import io.cadbridge.domain.integration.ChannelType;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Conversations with the version of each attached-data key and their lives, as the queue writes them. */
public final class InMemoryConversationStore implements ConversationStore {

    private record Stored(VersionedAttachedData data, Instant updatedAt) {}

    private final Map<ConversationId, Stored> conversations = new ConcurrentHashMap<>();
    private final Map<ConversationId, ConversationLifecycle> lifecycles = new ConcurrentHashMap<>();
    private final Set<ConversationId> unsavedKeysRemoved = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return Optional.ofNullable(conversations.get(id))
                .map(stored -> new Conversation(id, stored.data().data(), stored.updatedAt()));
    }

    @Override
    public Optional<Placement> placement(ConversationId id) {
        return Optional.ofNullable(lifecycles.get(id))
                .map(life -> new Placement(ChannelType.fromWireName(life.channelType()), life.queue()));
    }

    @Override
    public synchronized int removeUnsavedKeys(Instant closedBefore, Map<ChannelType, Set<String>> savedKeys, int max) {
        int done = 0;
        for (Map.Entry<ConversationId, ConversationLifecycle> entry : lifecycles.entrySet()) {
            ConversationLifecycle life = entry.getValue();
            if (done == max
                    || life.closedAt()
                            .filter(closed -> closed.isBefore(closedBefore))
                            .isEmpty()
                    || !unsavedKeysRemoved.add(entry.getKey())) {
                continue;
            }
            Set<String> kept = ChannelType.fromWireName(life.channelType())
                    .map(channel -> savedKeys.getOrDefault(channel, Set.of()))
                    .orElse(Set.of());
            Stored stored = conversations.get(entry.getKey());
            if (stored != null) {
                conversations.put(
                        entry.getKey(), new Stored(stored.data().retain(new HashSet<>(kept)), stored.updatedAt()));
            }
            done++;
        }
        return done;
    }

    /** Forgets the conversation: its attached data and its life. */
    synchronized void erase(ConversationId id) {
        conversations.remove(id);
        lifecycles.remove(id);
        unsavedKeysRemoved.remove(id);
    }

    /** The conversation exists from its first accepted event on, with no attached data yet. */
    void touch(ConversationId id, Instant at) {
        conversations.putIfAbsent(id, new Stored(VersionedAttachedData.EMPTY, at));
    }

    /** An accepted event's part of the conversation's life. */
    void record(ConversationId id, ConversationLifecycle life) {
        lifecycles.merge(id, life, ConversationLifecycle::merge);
    }

    Optional<ConversationLifecycle> lifecycle(ConversationId id) {
        return Optional.ofNullable(lifecycles.get(id));
    }

    Map<ConversationId, ConversationLifecycle> lifecycles() {
        return Map.copyOf(lifecycles);
    }

    VersionedAttachedData versioned(ConversationId id) {
        return Optional.ofNullable(conversations.get(id)).map(Stored::data).orElse(VersionedAttachedData.EMPTY);
    }

    void put(ConversationId id, VersionedAttachedData data, Instant at) {
        conversations.put(id, new Stored(data, at));
    }
}
