package io.cadbridge.application.port.in;

import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import java.util.Optional;

/** The agent's view: a conversation's attached data. */
public interface ReadAttachedDataUseCase {

    Optional<Conversation> read(ConversationId id);
}
