package io.cadbridge.adapters.events;

import io.cadbridge.domain.conversation.AgentRef;
import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.Skill;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code "contact"} under its Contact Pro property names; unknown properties are ignored. */
final class ContactReader {

    private static final List<String> CHANNELS = List.of("phone", "chat", "email");
    private static final List<String> DIRECTIONS = List.of("inbound", "outbound");

    private ContactReader() {}

    static Optional<Contact> read(JsonFields contact) {
        Optional<ConversationId> id = contact.requiredText("id").flatMap(text -> conversationId(text, contact));
        Optional<String> channelType = contact.requiredText("channel_type")
                .flatMap(text -> oneOf(text, "channel type", CHANNELS, contact, "channel_type"));
        Optional<String> direction = contact.requiredText("direction")
                .flatMap(text -> oneOf(text, "direction", DIRECTIONS, contact, "direction"));
        Optional<Instant> created = contact.optionalText("created")
                .flatMap(text -> Timestamps.parse(text, contact.pointerTo("created"), contact));
        List<Skill> skills = ContactPartsReader.skills(contact);
        List<AgentRef> requiredAgents = ContactPartsReader.agents(contact, "required_agents");
        Optional<Contact> read =
                id.flatMap(conversation -> channelType.flatMap(channel -> direction.map(way -> new Contact(
                        conversation,
                        contact.optionalText("guid").orElse(null),
                        channel,
                        contact.optionalText("channel_sub_type"),
                        way,
                        created,
                        contact.optionalText("language"),
                        contact.optionalLong("priority"),
                        skills,
                        ContactPartsReader.queue(contact, "queue"),
                        ContactPartsReader.queue(contact, "forwarding_queue"),
                        ContactPartsReader.agent(contact, "agent"),
                        ContactPartsReader.agent(contact, "preferred_agent"),
                        requiredAgents,
                        ContactPartsReader.agent(contact, "transferring_agent"),
                        contact.optionalText("source"),
                        contact.optionalText("destination")))));
        if (read.isEmpty()) {
            checkOptionalParts(contact);
        }
        return read;
    }

    /** Without the required parts no contact is built, but the optional ones are still checked and reported. */
    private static void checkOptionalParts(JsonFields contact) {
        List.of("guid", "channel_sub_type", "language", "source", "destination").forEach(contact::optionalText);
        contact.optionalLong("priority");
        List.of("queue", "forwarding_queue").forEach(name -> ContactPartsReader.queue(contact, name));
        List.of("agent", "preferred_agent", "transferring_agent")
                .forEach(name -> ContactPartsReader.agent(contact, name));
    }

    private static Optional<ConversationId> conversationId(String text, JsonFields contact) {
        if (text.isBlank() || text.length() > ConversationId.MAX_LENGTH) {
            contact.problem(contact.pointerTo("id"), "must have 1 to " + ConversationId.MAX_LENGTH + " characters");
            return Optional.empty();
        }
        return Optional.of(new ConversationId(text));
    }

    /** Known values are kept in their documented lower-case spelling, so placeholders render them alike. */
    private static Optional<String> oneOf(
            String text, String kind, List<String> allowed, JsonFields contact, String name) {
        String canonical = text.toLowerCase(Locale.ROOT);
        if (allowed.contains(canonical)) {
            return Optional.of(canonical);
        }
        contact.problem(contact.pointerTo(name), NamedValues.unknown(kind, text, allowed));
        return Optional.empty();
    }
}
