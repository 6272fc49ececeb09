package io.cadbridge.domain.conversation;

import io.cadbridge.json.JsonObject;

/** An agent as a conversation refers to it; unknown parts are null. */
public record AgentRef(String id, String number, String chatAddress) {

    public AgentRef {
        if (id == null && number == null && chatAddress == null) {
            throw new IllegalArgumentException("an agent needs an id, a number or a chat address");
        }
    }

    public JsonObject toJson() {
        return JsonObject.builder()
                .put("id", id)
                .put("number", number)
                .put("chat_address", chatAddress)
                .build();
    }
}
