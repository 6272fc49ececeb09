package io.cadbridge.application.agent;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Who watches which conversation in this process, and word to them when a commit changed it. Told by
 * whatever commits the engine's steps; a watcher's callback must be quick (it runs on the committing
 * thread) and never throw.
 */
public final class ConversationChanges {

    private final ConcurrentMap<ConversationId, Set<Runnable>> watchers = new ConcurrentHashMap<>();

    public AutoCloseable watch(ConversationId conversation, Runnable onChange) {
        requireNonNull(conversation, "conversation is null");
        requireNonNull(onChange, "onChange is null");
        watchers.computeIfAbsent(conversation, id -> new CopyOnWriteArraySet<>())
                .add(onChange);
        return () -> watchers.computeIfPresent(conversation, (id, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    public void changed(ConversationId conversation) {
        Set<Runnable> watching = watchers.get(conversation);
        if (watching != null) {
            watching.forEach(Runnable::run);
        }
    }
}
