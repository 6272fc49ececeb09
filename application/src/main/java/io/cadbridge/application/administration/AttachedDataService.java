package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReadAttachedDataUseCase;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import java.util.Optional;

public final class AttachedDataService implements ReadAttachedDataUseCase {

    private final ConversationStore conversations;

    public AttachedDataService(ConversationStore conversations) {
        this.conversations = requireNonNull(conversations, "conversations is null");
    }

    @Override
    public Optional<Conversation> read(ConversationId id) {
        return conversations.find(id);
    }
}
