package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.StreamPosition;
import java.util.List;
import java.util.Map;

/**
 * Accepts a batch of events read from a partitioned stream (a Kafka topic) together with how far it
 * was read (ADR 0030). Nobody waits for an answer, so every integration runs from the durable queue.
 */
public interface IngestEventsUseCase {

    /** One outcome per event, in order: {@link EventOutcome.Accepted} or {@link EventOutcome.Duplicate}. */
    List<EventOutcome> ingest(IngestCommand command);

    /** Where reading each partition of {@code stream} goes on from. */
    Map<Integer, Long> positions(String stream);

    record IngestCommand(List<ConversationEvent> events, List<StreamPosition> positions) {
        public IngestCommand {
            events = List.copyOf(requireNonNull(events, "events is null"));
            positions = List.copyOf(requireNonNull(positions, "positions is null"));
        }
    }
}
