package io.cadbridge.testkit;

import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code Received} events as Contact Pro sends them, for the customer address an adapter looks up. */
public final class TestEvents {

    private TestEvents() {}

    /** An inbound phone call from {@code callerNumber} (E.164, national, {@code tel:} URI: as the trunk gives it). */
    public static ConversationEvent inboundCall(String callerNumber) {
        return received("phone", callerNumber);
    }

    /** An inbound chat (or e-mail, with {@code channel} {@code email}) from {@code address}. */
    public static ConversationEvent inboundMessage(String channel, String address) {
        return received(channel, address);
    }

    private static ConversationEvent received(String channel, String source) {
        String id = UUID.randomUUID().toString();
        Contact contact = new Contact(
                new ConversationId(id),
                "G-" + id,
                channel,
                Optional.empty(),
                "inbound",
                Optional.of(Instant.now()),
                Optional.of("EN"),
                Optional.of(100L),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.of(source),
                Optional.of("+358201234567"));
        return new ConversationEvent(new EventId("E-" + id), EventName.RECEIVED, Instant.now(), contact);
    }
}
