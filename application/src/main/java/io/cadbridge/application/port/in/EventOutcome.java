package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import java.util.List;

/** What became of an event. */
public sealed interface EventOutcome {

    EventId eventId();

    /** The integrations ran; {@code attachedData} is the conversation's CAD afterwards. */
    record Processed(EventId eventId, ConversationId conversationId, AttachedData attachedData, List<RunReport> runs)
            implements EventOutcome {
        public Processed {
            requireNonNull(eventId, "eventId is null");
            requireNonNull(conversationId, "conversationId is null");
            requireNonNull(attachedData, "attachedData is null");
            runs = List.copyOf(requireNonNull(runs, "runs is null"));
        }
    }

    /** The event id was seen before; nothing ran again. */
    record Duplicate(EventId eventId, ConversationId conversationId) implements EventOutcome {
        public Duplicate {
            requireNonNull(eventId, "eventId is null");
            requireNonNull(conversationId, "conversationId is null");
        }
    }
}
