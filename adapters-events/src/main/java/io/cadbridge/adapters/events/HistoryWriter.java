package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.domain.history.ConversationHistory;
import io.cadbridge.domain.history.ConversationSummary;
import io.cadbridge.domain.history.HistoryEntry;
import io.cadbridge.domain.history.HistoryPage;
import io.cadbridge.support.jackson.JsonValues;
import java.time.Instant;
import java.util.Optional;

/** History as the History view and reports read it; absent times and names are {@code null}. */
final class HistoryWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode write(HistoryPage page) {
        ObjectNode node = NODES.objectNode();
        ArrayNode conversations = node.putArray("conversations");
        page.conversations().forEach(entry -> conversations.add(entry(entry)));
        node.put("nextCursor", page.next().map(HistoryCursors::write).orElse(null));
        return node;
    }

    ObjectNode write(ConversationHistory history) {
        ObjectNode node = entry(history.entry());
        ArrayNode values = node.putArray("values");
        history.entry().values().forEach(value -> {
            ObjectNode item = values.addObject().put("key", value.key());
            item.set("value", JsonValues.toNode(value.value()));
            item.put("eventId", value.eventId().value())
                    .put("savedAt", value.savedAt().toString());
        });
        ArrayNode events = node.putArray("events");
        history.events()
                .forEach(event -> events.addObject()
                        .put("id", event.id().value())
                        .put("name", event.name().displayName())
                        .put("datetime", event.datetime().toString())
                        .put("acceptedAt", event.acceptedAt().toString()));
        ArrayNode runs = node.putArray("runs");
        history.runs().forEach(run -> runs.add(RunLogWriter.write(run)));
        return node;
    }

    private static ObjectNode entry(HistoryEntry entry) {
        ConversationSummary conversation = entry.conversation();
        ObjectNode node = NODES.objectNode()
                .put("conversationId", conversation.conversationId().value())
                .put("channelType", conversation.channelType().orElse(null))
                .put("direction", conversation.direction().orElse(null))
                .put("queue", conversation.queue().orElse(null))
                .put("agent", conversation.agent().orElse(null))
                .put("startedAt", conversation.startedAt().toString())
                .put("endedAt", text(conversation.endedAt()))
                .put("closedAt", text(conversation.closedAt()));
        node.set("extraData", JsonValues.toNode(entry.extraData()));
        return node;
    }

    private static String text(Optional<Instant> time) {
        return time.map(Instant::toString).orElse(null);
    }
}
