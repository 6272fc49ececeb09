package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.run.Run;
import java.time.Instant;
import java.util.List;

/** Everything history knows of one conversation: its record and kept values, its events and its runs. */
public record ConversationHistory(HistoryEntry entry, List<AcceptedEvent> events, List<Run> runs) {

    /** An event accepted for the conversation: its id, name, time, and when cadbridge accepted it. */
    public record AcceptedEvent(EventId id, EventName name, Instant datetime, Instant acceptedAt) {
        public AcceptedEvent {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
            requireNonNull(datetime, "datetime is null");
            requireNonNull(acceptedAt, "acceptedAt is null");
        }
    }

    public ConversationHistory {
        requireNonNull(entry, "entry is null");
        events = List.copyOf(requireNonNull(events, "events is null"));
        runs = List.copyOf(requireNonNull(runs, "runs is null"));
    }
}
