package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.support.jackson.JsonValues;

/** A conversation's attached data as the agent's desktop reads it. */
final class ConversationWriter {

    ObjectNode write(Conversation conversation) {
        ObjectNode node = JsonNodeFactory.instance
                .objectNode()
                .put("conversationId", conversation.id().value());
        node.set("attachedData", JsonValues.toNode(conversation.attachedData().values()));
        return node.put("updatedAt", conversation.updatedAt().toString());
    }
}
