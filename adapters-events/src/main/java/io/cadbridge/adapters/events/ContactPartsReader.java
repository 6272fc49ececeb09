package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.conversation.AgentRef;
import io.cadbridge.domain.conversation.QueueRef;
import io.cadbridge.domain.conversation.Skill;
import io.cadbridge.domain.validation.JsonPointer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads the nested parts of a contact: queues, agents and skills. */
final class ContactPartsReader {

    private ContactPartsReader() {}

    static Optional<QueueRef> queue(JsonFields contact, String name) {
        return contact.optionalObject(name).flatMap(queue -> {
            Optional<String> id = queue.optionalText("id");
            Optional<String> address = queue.optionalText("address");
            if (queue.lacksAll(List.of("id", "address"))) {
                // An empty queue is not the same as no queue (a direct conversation); refuse to guess.
                queue.problem(queue.pointer(), "a queue needs an id or an address");
            }
            return id.isEmpty() && address.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new QueueRef(id.orElse(null), address.orElse(null)));
        });
    }

    static Optional<AgentRef> agent(JsonFields contact, String name) {
        return contact.optionalObject(name).flatMap(ContactPartsReader::agent);
    }

    static List<AgentRef> agents(JsonFields contact, String name) {
        List<AgentRef> agents = new ArrayList<>();
        contact.optionalArray(name)
                .ifPresent(items -> forEachObject(
                        items,
                        contact.pointerTo(name),
                        contact,
                        item -> agent(item).ifPresent(agents::add)));
        return agents;
    }

    static List<Skill> skills(JsonFields contact) {
        List<Skill> skills = new ArrayList<>();
        contact.optionalArray("skills")
                .ifPresent(items -> forEachObject(items, contact.pointerTo("skills"), contact, skill -> {
                    Optional<String> id = skill.requiredText("id");
                    Optional<BigDecimal> value = skill.optionalNumber("value");
                    Optional<String> skillName = skill.optionalText("name");
                    id.ifPresent(skillId -> skills.add(new Skill(skillId, value.orElse(null), skillName.orElse(null))));
                }));
        return skills;
    }

    private static Optional<AgentRef> agent(JsonFields agent) {
        Optional<String> id = agent.optionalText("id");
        Optional<String> number = agent.optionalText("number");
        Optional<String> chatAddress = agent.optionalText("chat_address");
        if (agent.lacksAll(List.of("id", "number", "chat_address"))) {
            agent.problem(agent.pointer(), "an agent needs an id, a number or a chat address");
        }
        if (id.isEmpty() && number.isEmpty() && chatAddress.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AgentRef(id.orElse(null), number.orElse(null), chatAddress.orElse(null)));
    }

    private static void forEachObject(List<JsonNode> items, String at, JsonFields parent, Consumer<JsonFields> reader) {
        for (int i = 0; i < items.size(); i++) {
            parent.nested(items.get(i), JsonPointer.child(at, i)).ifPresent(reader);
        }
    }
}
