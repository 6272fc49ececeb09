package io.cadbridge.domain.conversation;

import io.cadbridge.domain.integration.EventName;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An accepted event as the work queue keeps it until its integrations have run: {@link #write}
 * gives {@code {"event": {event}, "contact": {contact}}} in the placeholders' own names, and
 * {@link #read} gives the same event back.
 */
public final class StoredEvents {

    private StoredEvents() {}

    public static JsonObject write(ConversationEvent event) {
        return JsonObject.builder()
                .put("event", event.toJson())
                .put("contact", event.contact().toJson())
                .build();
    }

    /** @throws IllegalArgumentException when {@code stored} was not written by {@link #write} */
    public static ConversationEvent read(JsonObject stored) {
        JsonObject event = object(stored, "event")
                .orElseThrow(() -> new IllegalArgumentException("stored event has no \"event\""));
        JsonObject contact = object(stored, "contact")
                .orElseThrow(() -> new IllegalArgumentException("stored event has no \"contact\""));
        EventName name = EventName.parse(required(event, "name"))
                .orElseThrow(() ->
                        new IllegalArgumentException("stored event has an unknown name: " + required(event, "name")));
        return new ConversationEvent(
                new EventId(required(event, "id")), name, Instant.parse(required(event, "datetime")), contact(contact));
    }

    private static Contact contact(JsonObject contact) {
        return new Contact(
                new ConversationId(required(contact, "id")),
                text(contact, "guid").orElse(null),
                required(contact, "channel_type"),
                text(contact, "channel_sub_type"),
                required(contact, "direction"),
                text(contact, "created").map(Instant::parse),
                text(contact, "language"),
                number(contact, "priority").map(JsonNumber::value).map(value -> value.longValueExact()),
                list(
                        contact,
                        "skills",
                        skill -> new Skill(
                                required(skill, "id"),
                                number(skill, "value").map(JsonNumber::value).orElse(null),
                                text(skill, "name").orElse(null))),
                object(contact, "queue").map(StoredEvents::queue),
                object(contact, "forwarding_queue").map(StoredEvents::queue),
                object(contact, "agent").map(StoredEvents::agent),
                object(contact, "preferred_agent").map(StoredEvents::agent),
                list(contact, "required_agents", StoredEvents::agent),
                object(contact, "transferring_agent").map(StoredEvents::agent),
                text(contact, "source"),
                text(contact, "destination"));
    }

    private static QueueRef queue(JsonObject queue) {
        return new QueueRef(
                text(queue, "id").orElse(null), text(queue, "address").orElse(null));
    }

    private static AgentRef agent(JsonObject agent) {
        return new AgentRef(
                text(agent, "id").orElse(null),
                text(agent, "number").orElse(null),
                text(agent, "chat_address").orElse(null));
    }

    private static <T> List<T> list(JsonObject parent, String name, Function<JsonObject, T> element) {
        return parent.get(name)
                .filter(JsonArray.class::isInstance)
                .map(JsonArray.class::cast)
                .map(array -> array.elements().stream()
                        .filter(JsonObject.class::isInstance)
                        .map(JsonObject.class::cast)
                        .map(element)
                        .toList())
                .orElse(List.of());
    }

    private static Optional<JsonObject> object(JsonObject parent, String name) {
        return parent.get(name).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    private static Optional<JsonNumber> number(JsonObject parent, String name) {
        return parent.get(name).filter(JsonNumber.class::isInstance).map(JsonNumber.class::cast);
    }

    private static Optional<String> text(JsonObject parent, String name) {
        return parent.get(name)
                .filter(JsonString.class::isInstance)
                .map(JsonString.class::cast)
                .map(JsonString::value);
    }

    private static String required(JsonObject parent, String name) {
        return text(parent, name)
                .orElseThrow(() -> new IllegalArgumentException("stored event has no text \"" + name + "\""));
    }
}
