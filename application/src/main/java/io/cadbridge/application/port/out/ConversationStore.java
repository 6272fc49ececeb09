package io.cadbridge.application.port.out;

import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.Placement;
import io.cadbridge.domain.integration.ChannelType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Conversations and their attached data, as the {@link WorkQueue}'s commits write them. */
public interface ConversationStore {

    Optional<Conversation> find(ConversationId id);

    /** The conversation's channel and queue, as its events said; empty when it is unknown. */
    Optional<Placement> placement(ConversationId id);

    /**
     * For conversations closed before {@code closedBefore}, once each: removes the attached-data keys
     * that are not among the {@code savedKeys} of the conversation's channel (all of them when the
     * channel has none). Does at most {@code max} conversations; returns how many it did.
     */
    int removeUnsavedKeys(Instant closedBefore, Map<ChannelType, Set<String>> savedKeys, int max);
}
