package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The contact (conversation) data Contact Pro sends with an event, with its property names as the
 * {@code {contact.*}} placeholders use them.
 */
public record Contact(
        ConversationId id,
        String guid,
        String channelType,
        Optional<String> channelSubType,
        String direction,
        Optional<Instant> created,
        Optional<String> language,
        Optional<Long> priority,
        List<Skill> skills,
        Optional<QueueRef> queue,
        Optional<QueueRef> forwardingQueue,
        Optional<AgentRef> agent,
        Optional<AgentRef> preferredAgent,
        List<AgentRef> requiredAgents,
        Optional<AgentRef> transferringAgent,
        Optional<String> source,
        Optional<String> destination) {

    public Contact {
        requireNonNull(id, "id is null");
        requireNonNull(channelType, "channelType is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(channelSubType, "channelSubType is null");
        requireNonNull(created, "created is null");
        requireNonNull(language, "language is null");
        requireNonNull(priority, "priority is null");
        skills = List.copyOf(requireNonNull(skills, "skills is null"));
        requireNonNull(queue, "queue is null");
        requireNonNull(forwardingQueue, "forwardingQueue is null");
        requireNonNull(agent, "agent is null");
        requireNonNull(preferredAgent, "preferredAgent is null");
        requiredAgents = List.copyOf(requireNonNull(requiredAgents, "requiredAgents is null"));
        requireNonNull(transferringAgent, "transferringAgent is null");
        requireNonNull(source, "source is null");
        requireNonNull(destination, "destination is null");
    }

    /** The value of {@code {contact}}: every property under its Contact Pro name. */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("id", id.value())
                .put("guid", guid)
                .put("channel_type", channelType)
                .put("channel_sub_type", channelSubType.orElse(null))
                .put("direction", direction)
                .put("created", created.map(Instant::toString).orElse(null))
                .put("language", language.orElse(null))
                .put("priority", priority.map(JsonNumber::of).orElse(null))
                .put(
                        "skills",
                        new JsonArray(
                                skills.stream().<JsonValue>map(Skill::toJson).toList()))
                .put("queue", queue.map(QueueRef::toJson).orElse(null))
                .put("forwarding_queue", forwardingQueue.map(QueueRef::toJson).orElse(null))
                .put("agent", agent.map(AgentRef::toJson).orElse(null))
                .put("preferred_agent", preferredAgent.map(AgentRef::toJson).orElse(null))
                .put(
                        "required_agents",
                        new JsonArray(requiredAgents.stream()
                                .<JsonValue>map(AgentRef::toJson)
                                .toList()))
                .put(
                        "transferring_agent",
                        transferringAgent.map(AgentRef::toJson).orElse(null))
                .put("source", source.orElse(null))
                .put("destination", destination.orElse(null))
                .build();
    }
}
