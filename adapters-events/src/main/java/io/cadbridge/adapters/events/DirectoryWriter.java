package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import java.util.List;

/** The directory as clients read it; queue ids in their canonical form (32 upper-case hex digits). */
final class DirectoryWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode queues(List<QueueEntry> queues) {
        ObjectNode body = NODES.objectNode();
        ArrayNode items = body.putArray("queues");
        queues.forEach(queue -> {
            ObjectNode item = items.addObject()
                    .put("id", queue.id())
                    .put("channelType", queue.channelType().wireName());
            queue.addresses().forEach(item.putArray("addresses")::add);
            item.put("name", queue.name());
        });
        return body;
    }

    ObjectNode agents(List<AgentEntry> agents) {
        ObjectNode body = NODES.objectNode();
        ArrayNode items = body.putArray("agents");
        agents.forEach(agent -> items.addObject()
                .put("id", agent.id())
                .put("number", agent.number().orElse(null))
                .put("chatAddress", agent.chatAddress().orElse(null))
                .put("name", agent.name()));
        return body;
    }
}
