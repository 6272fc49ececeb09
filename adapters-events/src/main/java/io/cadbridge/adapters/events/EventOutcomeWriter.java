package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.domain.run.Run;
import io.cadbridge.support.jackson.JsonValues;

/** The answer to an event: what ran, how it went, and the conversation's attached data afterwards. */
final class EventOutcomeWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode write(EventOutcome outcome) {
        ObjectNode node = NODES.objectNode().put("eventId", outcome.eventId().value());
        switch (outcome) {
            case EventOutcome.Processed processed -> {
                node.put("conversationId", processed.conversationId().value()).put("duplicate", false);
                node.set(
                        "attachedData",
                        JsonValues.toNode(processed.attachedData().values()));
                node.set("set", RoutingWriter.write(processed.routing()));
                ArrayNode runs = node.putArray("runs");
                processed.runs().forEach(run -> runs.add(write(run)));
                ArrayNode pending = node.putArray("pending");
                processed.pending().forEach(id -> pending.add(id.toString()));
            }
            case EventOutcome.Accepted accepted -> {
                node.put("conversationId", accepted.conversationId().value()).put("duplicate", false);
                node.putArray("runs");
                ArrayNode pending = node.putArray("pending");
                accepted.pending().forEach(id -> pending.add(id.toString()));
            }
            case EventOutcome.Duplicate duplicate -> {
                node.put("conversationId", duplicate.conversationId().value()).put("duplicate", true);
                node.putArray("runs");
            }
        }
        return node;
    }

    static ObjectNode write(Run run) {
        ObjectNode node = NODES.objectNode()
                .put("integrationId", run.integrationId().toString())
                .put("integrationName", run.integrationName())
                .put("status", run.status().wireName())
                .put("reason", run.reason());
        run.httpStatus().ifPresent(status -> node.put("httpStatus", status));
        return node.put("durationMs", run.duration().toNanos() / 1_000_000.0);
    }
}
