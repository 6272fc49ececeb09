package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.routing.RoutingDecision;
import io.cadbridge.domain.run.Run;
import java.util.List;

/** What became of an event. */
public sealed interface EventOutcome {

    EventId eventId();

    /**
     * The integrations that must be waited for ran: {@code attachedData} is the conversation's CAD
     * afterwards, {@code routing} what their {@code set} operations decided. {@code pending} are the
     * integrations that run after the answer, from the durable queue (they neither block nor set anything).
     */
    record Processed(
            EventId eventId,
            ConversationId conversationId,
            AttachedData attachedData,
            RoutingDecision routing,
            List<Run> runs,
            List<IntegrationId> pending)
            implements EventOutcome {
        public Processed {
            requireNonNull(eventId, "eventId is null");
            requireNonNull(conversationId, "conversationId is null");
            requireNonNull(attachedData, "attachedData is null");
            requireNonNull(routing, "routing is null");
            runs = List.copyOf(requireNonNull(runs, "runs is null"));
            pending = List.copyOf(requireNonNull(pending, "pending is null"));
        }
    }

    /**
     * Nothing had to be waited for: the event is committed and its integrations ({@code pending},
     * possibly none) run from the durable queue after the answer.
     */
    record Accepted(EventId eventId, ConversationId conversationId, List<IntegrationId> pending)
            implements EventOutcome {
        public Accepted {
            requireNonNull(eventId, "eventId is null");
            requireNonNull(conversationId, "conversationId is null");
            pending = List.copyOf(requireNonNull(pending, "pending is null"));
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
