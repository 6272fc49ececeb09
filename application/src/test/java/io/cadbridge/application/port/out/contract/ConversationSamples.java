package io.cadbridge.application.port.out.contract;

import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.QueueRef;
import io.cadbridge.domain.integration.EventName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Events as Contact Pro sends them, for the port contracts. */
public final class ConversationSamples {

    /** Whole microseconds: PostgreSQL keeps no finer time. */
    public static final Instant NOON = Instant.parse("2025-03-14T12:00:00.123456Z");

    private ConversationSamples() {}

    public static ConversationEvent event(String eventId, String conversationId) {
        return new ConversationEvent(new EventId(eventId), EventName.RECEIVED, NOON, contact(conversationId));
    }

    public static Contact contact(String conversationId) {
        return new Contact(
                new ConversationId(conversationId),
                "guid-" + conversationId,
                "phone",
                Optional.empty(),
                "inbound",
                Optional.of(NOON),
                Optional.of("en"),
                Optional.of(1L),
                List.of(),
                Optional.of(new QueueRef("support", "support@example.com")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.of("+3581234567"),
                Optional.of("+358800"));
    }
}
