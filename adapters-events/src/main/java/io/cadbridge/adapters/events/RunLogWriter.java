package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.domain.run.Run;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** The run log as administrators read it. {@code httpStatus} is absent when no CRM answered. */
final class RunLogWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode writeAll(List<Run> runs) {
        ObjectNode node = NODES.objectNode();
        ArrayNode items = node.putArray("runs");
        runs.forEach(run -> items.add(write(run)));
        return node;
    }

    static ObjectNode write(Run run) {
        ObjectNode node = NODES.objectNode()
                .put("id", run.id().toString())
                .put("integrationId", run.integrationId().toString())
                .put("integrationName", run.integrationName())
                .put("eventId", run.eventId().value())
                .put("eventName", run.eventName().displayName())
                .put("conversationId", run.conversationId().value())
                .put("status", run.status().wireName())
                .put("reason", run.reason());
        run.httpStatus().ifPresent(status -> node.put("httpStatus", status));
        return node.put("durationMs", milliseconds(run.duration()))
                .put("startedAt", run.startedAt().toString());
    }

    /** Exact and as short as possible: 40 ms is {@code 40}, 1 500 µs is {@code 1.5}. */
    static BigDecimal milliseconds(Duration duration) {
        BigDecimal milliseconds = BigDecimal.valueOf(duration.getSeconds())
                .movePointRight(3)
                .add(BigDecimal.valueOf(duration.getNano(), 6))
                .stripTrailingZeros();
        return milliseconds.scale() < 0 ? milliseconds.setScale(0) : milliseconds;
    }
}
