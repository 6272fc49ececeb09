package io.cadbridge.application.port.out;

import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/** Conversations and their attached data. */
public interface ConversationStore {

    Optional<Conversation> find(ConversationId id);

    /**
     * Creates the conversation when it is new and merges {@code saved} into its attached data in one
     * atomic step: keys in {@code saved} overwrite keys of the same name.
     */
    Conversation mergeAttachedData(ConversationId id, JsonObject saved, Instant at);
}
