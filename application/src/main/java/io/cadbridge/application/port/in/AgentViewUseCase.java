package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.access.AgentLinkToken;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.display.DisplayGroup;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The agent's Conversation Details: a short-lived link that opens one conversation, the attached
 * data laid out by the display profile of its channel (or queue), and word of each change.
 */
public interface AgentViewUseCase {

    /** A link token for this one conversation, valid until {@link Link#expiresAt()}. */
    Link link(ConversationId conversation);

    AgentLinkToken.Verdict check(String token);

    /** What the agent sees now; no groups while nothing is attached yet. */
    View view(ConversationId conversation, Locale locale);

    /** Calls {@code onChange} after each change committed to the conversation, until closed. */
    AutoCloseable watch(ConversationId conversation, Runnable onChange);

    record Link(String token, Instant expiresAt) {
        public Link {
            requireNonNull(token, "token is null");
            requireNonNull(expiresAt, "expiresAt is null");
        }
    }

    /** @param updatedAt when the attached data last changed; empty before any */
    record View(ConversationId conversation, List<DisplayGroup> groups, Optional<Instant> updatedAt) {
        public View {
            requireNonNull(conversation, "conversation is null");
            groups = List.copyOf(groups);
            requireNonNull(updatedAt, "updatedAt is null");
        }
    }
}
