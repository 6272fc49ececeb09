package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.StreamPosition;
import io.cadbridge.domain.ingestion.RejectedRecord;
import java.util.List;
import java.util.Map;

/**
 * Accepts a batch of events read from a partitioned stream (a Kafka topic) together with the records
 * that held no event and how far it was read (ADR 0030). Nobody waits for an answer, so every
 * integration runs from the durable queue.
 */
public interface IngestEventsUseCase {

    /** One outcome per event, in order: {@link EventOutcome.Accepted} or {@link EventOutcome.Duplicate}. */
    List<EventOutcome> ingest(IngestCommand command);

    /** Where reading each partition of {@code stream} goes on from. */
    Map<Integer, Long> positions(String stream);

    /**
     * How many jobs are accepted and not finished yet (due, running or delayed), by every process:
     * what reading holds back for.
     */
    long queuedJobs();

    /**
     * @param rejected the batch's records that held no event, kept with it (a record read again is kept once)
     */
    record IngestCommand(
            List<ConversationEvent> events, List<RejectedRecord> rejected, List<StreamPosition> positions) {
        public IngestCommand {
            events = List.copyOf(requireNonNull(events, "events is null"));
            rejected = List.copyOf(requireNonNull(rejected, "rejected is null"));
            positions = List.copyOf(requireNonNull(positions, "positions is null"));
        }
    }
}
