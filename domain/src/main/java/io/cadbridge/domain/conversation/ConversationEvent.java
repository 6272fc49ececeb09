package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.EventName;
import io.cadbridge.json.JsonObject;
import java.time.Instant;

/** Something that happened to a conversation, as Contact Pro reports it. */
public record ConversationEvent(EventId id, EventName name, Instant datetime, Contact contact) {

    public ConversationEvent {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(datetime, "datetime is null");
        requireNonNull(contact, "contact is null");
    }

    public ConversationId conversationId() {
        return contact.id();
    }

    /** The value of {@code {event}}. */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("id", id.value())
                .put("name", name.displayName())
                .put("datetime", datetime.toString())
                .build();
    }
}
