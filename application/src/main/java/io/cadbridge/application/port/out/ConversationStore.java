package io.cadbridge.application.port.out;

import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import java.util.Optional;

/** Conversations and their attached data, as the {@link WorkQueue}'s commits write them. */
public interface ConversationStore {

    Optional<Conversation> find(ConversationId id);
}
