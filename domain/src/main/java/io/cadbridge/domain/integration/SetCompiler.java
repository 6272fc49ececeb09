package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.domain.template.TemplateValue;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/** {@code response.set}: priority, queue, preferredAgent, requiredAgents. */
final class SetCompiler {

    static final Set<String> FIELDS = Set.of("priority", "queue", "preferredAgent", "requiredAgents");
    private static final Set<String> QUEUE_FIELDS = Set.of("id", "address");
    private static final Set<String> REQUIRED_AGENTS_FIELDS = Set.of("agents", "timeout");

    private final Problems problems;

    SetCompiler(Problems problems) {
        this.problems = problems;
    }

    Optional<SetDefinition> compile(JsonValue value, String at) {
        Optional<JsonObject> set =
                problems.object(value, at, "an object with priority, queue, preferredAgent or requiredAgents");
        if (set.isEmpty()) {
            return Optional.empty();
        }
        problems.checkFields(set.get(), at, FIELDS);
        SetDefinition definition = new SetDefinition(
                set.get().get("priority").map(v -> value(v, child(at, "priority"))),
                set.get().get("queue").flatMap(v -> queue(v, child(at, "queue"))),
                set.get().get("preferredAgent").map(v -> value(v, child(at, "preferredAgent"))),
                set.get().get("requiredAgents").flatMap(v -> requiredAgents(v, child(at, "requiredAgents"))));
        return definition.isEmpty() ? Optional.empty() : Optional.of(definition);
    }

    private Optional<SetDefinition.QueueTarget> queue(JsonValue value, String at) {
        Optional<JsonObject> queue = problems.object(value, at, "an object with either \"id\" or \"address\"");
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        problems.checkFields(queue.get(), at, QUEUE_FIELDS);
        Optional<JsonValue> id = queue.get().get("id");
        Optional<JsonValue> address = queue.get().get("address");
        if (id.isPresent() == address.isPresent()) {
            problems.add(at, "name the queue by exactly one of \"id\" or \"address\"");
            return Optional.empty();
        }
        return id.isPresent()
                ? Optional.of(new SetDefinition.QueueTarget.ById(value(id.get(), child(at, "id"))))
                : Optional.of(new SetDefinition.QueueTarget.ByAddress(value(address.get(), child(at, "address"))));
    }

    private Optional<SetDefinition.RequiredAgentsTarget> requiredAgents(JsonValue value, String at) {
        Optional<JsonObject> required =
                problems.object(value, at, "an object with \"agents\" and an optional \"timeout\"");
        if (required.isEmpty()) {
            return Optional.empty();
        }
        problems.checkFields(required.get(), at, REQUIRED_AGENTS_FIELDS);
        Optional<JsonValue> agents = required.get().get("agents");
        if (agents.isEmpty()) {
            problems.add(child(at, "agents"), "is required: the agents' chat addresses, numbers or ids");
            return Optional.empty();
        }
        return Optional.of(new SetDefinition.RequiredAgentsTarget(
                value(agents.get(), child(at, "agents")),
                required.get().get("timeout").map(t -> value(t, child(at, "timeout")))));
    }

    private TemplateValue value(JsonValue value, String at) {
        return TemplateValue.compile(value, at, PlaceholderRules.RESPONSE, problems.list());
    }
}
