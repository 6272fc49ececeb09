package io.cadbridge.domain.condition;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.json.JsonObject;
import java.time.Clock;

/**
 * What a condition can see: the {@code contact} and {@code event} objects, the conversation's saved
 * attached data ({@code contact.get_attached_data()}), and the ports for time and randomness.
 */
public record ConditionScope(
        Contact contact, ConversationEvent event, JsonObject attachedData, Clock clock, RandomSource random) {

    public ConditionScope {
        requireNonNull(contact, "contact is null");
        requireNonNull(event, "event is null");
        requireNonNull(attachedData, "attachedData is null");
        requireNonNull(clock, "clock is null");
        requireNonNull(random, "random is null");
    }
}
