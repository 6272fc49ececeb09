package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.routing.RoutingDecision;
import io.cadbridge.domain.routing.RoutingValue;

/** What the integrations' {@code set} operations decided, for Contact Pro to apply. */
final class RoutingWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RoutingWriter() {}

    static ObjectNode write(RoutingDecision decision) {
        ObjectNode node = NODES.objectNode();
        decision.values().forEach((operation, value) -> node.set(operation.wireName(), value(value)));
        return node;
    }

    static JsonNode value(RoutingValue value) {
        return switch (value) {
            case RoutingValue.Priority priority -> NODES.numberNode(priority.value());
            case RoutingValue.Queue queue -> {
                ObjectNode written = NODES.objectNode()
                        .put("id", queue.queue().id())
                        .put("name", queue.queue().name());
                ArrayNode addresses = written.putArray("addresses");
                queue.queue().addresses().forEach(addresses::add);
                yield written;
            }
            case RoutingValue.PreferredAgent preferred -> agent(preferred.agent());
            case RoutingValue.RequiredAgents required -> {
                ObjectNode written = NODES.objectNode();
                ArrayNode agents = written.putArray("agents");
                required.agents().forEach(agent -> agents.add(agent(agent)));
                required.timeout().ifPresent(timeout -> written.put("timeoutSeconds", timeout.toSeconds()));
                yield written;
            }
        };
    }

    private static ObjectNode agent(AgentEntry agent) {
        ObjectNode node = NODES.objectNode().put("id", agent.id());
        agent.number().ifPresent(number -> node.put("number", number));
        agent.chatAddress().ifPresent(address -> node.put("chatAddress", address));
        return node.put("name", agent.name());
    }
}
