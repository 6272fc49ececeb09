package io.cadbridge.domain.condition;

import io.cadbridge.domain.conversation.AgentRef;
import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.QueueRef;
import io.cadbridge.domain.conversation.Skill;
import io.cadbridge.json.JsonValue;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The {@code contact} object: a getter per Contact Pro contact property, plus the attached data. */
final class ContactObject {

    /** What the getters read. */
    record State(Contact contact, io.cadbridge.json.JsonObject attachedData, java.time.Clock clock) {}

    static final Map<String, Member> MEMBERS = new MemberTable("contact")
            .method("get_channel_type", 0, getter(contact -> contact.channelType()))
            .method("get_channel_sub_type", 0, getter(contact -> optional(contact.channelSubType())))
            .method("get_direction", 0, getter(Contact::direction))
            .method("get_id", 0, getter(contact -> contact.id().value()))
            .method("get_guid", 0, getter(contact -> contact.guid() == null ? PyNone.NONE : contact.guid()))
            .method(
                    "get_created",
                    0,
                    getter(contact -> optional(contact.created().map(Instant::toString))))
            .method("get_language", 0, getter(contact -> optional(contact.language())))
            .method(
                    "get_priority",
                    0,
                    getter(contact -> optional(contact.priority().map(BigInteger::valueOf))))
            .method("get_skills", 0, getter(contact -> list(contact.skills(), Skill::toJson)))
            .method("get_queue", 0, getter(contact -> queue(contact.queue())))
            .method("get_forwarding_queue", 0, getter(contact -> queue(contact.forwardingQueue())))
            .method("get_agent", 0, getter(contact -> agent(contact.agent())))
            .method("get_preferred_agent", 0, getter(contact -> agent(contact.preferredAgent())))
            .method("get_required_agents", 0, getter(contact -> list(contact.requiredAgents(), AgentRef::toJson)))
            .method("get_transferring_agent", 0, getter(contact -> agent(contact.transferringAgent())))
            .method("get_source", 0, getter(contact -> optional(contact.source())))
            .method("get_destination", 0, getter(contact -> optional(contact.destination())))
            .method("get_seconds_since_created", 0, (self, arguments, evaluation) -> secondsSinceCreated(state(self)))
            .method(
                    "get_attached_data",
                    0,
                    (self, arguments, evaluation) ->
                            JsonValues.toPython(state(self).attachedData()))
            .build();

    private ContactObject() {}

    static NativeObject of(ConditionScope scope) {
        return new NativeObject("Contact", MEMBERS, new State(scope.contact(), scope.attachedData(), scope.clock()));
    }

    private static State state(Object self) {
        return (State) ((NativeObject) self).state();
    }

    private static NativeBody getter(Function<Contact, Object> property) {
        return (self, arguments, evaluation) -> property.apply(state(self).contact());
    }

    private static Object optional(Optional<?> value) {
        return value.<Object>map(present -> present).orElse(PyNone.NONE);
    }

    private static Object queue(Optional<QueueRef> queue) {
        return optional(queue.map(QueueRef::toJson).map(JsonValues::toPython));
    }

    private static Object agent(Optional<AgentRef> agent) {
        return optional(agent.map(AgentRef::toJson).map(JsonValues::toPython));
    }

    private static <T> PyList list(List<T> items, Function<T, ? extends JsonValue> toJson) {
        return new PyList(items.stream().map(toJson).map(JsonValues::toPython).toList());
    }

    /** Seconds from the contact's creation to the injected clock's now; None when the creation time is unknown. */
    private static Object secondsSinceCreated(State state) {
        return state.contact()
                .created()
                .<Object>map(created -> {
                    Duration age = Duration.between(created, state.clock().instant());
                    return age.getSeconds() + age.getNano() / 1e9;
                })
                .orElse(PyNone.NONE);
    }
}
