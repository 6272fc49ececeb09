package io.cadbridge.application.agent;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.AgentViewUseCase;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.DisplayProfileRepository;
import io.cadbridge.domain.access.AgentLinkToken;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.Placement;
import io.cadbridge.domain.display.DisplayProfile;
import io.cadbridge.domain.display.DisplayedData;
import io.cadbridge.domain.display.ProfileScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Links sign one conversation's id and an expiry; the view reads the conversation's attached data and
 * lays it out by the profile of its queue, else of its channel, else shows everything.
 */
public final class AgentViewService implements AgentViewUseCase {

    private final ConversationStore conversations;
    private final DisplayProfileRepository profiles;
    private final ConversationChanges changes;
    private final AgentLinkToken.Key key;
    private final Duration linkLifetime;
    private final Clock clock;

    public AgentViewService(
            ConversationStore conversations,
            DisplayProfileRepository profiles,
            ConversationChanges changes,
            AgentLinkToken.Key key,
            Duration linkLifetime,
            Clock clock) {
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.profiles = requireNonNull(profiles, "profiles is null");
        this.changes = requireNonNull(changes, "changes is null");
        this.key = requireNonNull(key, "key is null");
        this.linkLifetime = requireNonNull(linkLifetime, "linkLifetime is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Link link(ConversationId conversation) {
        Instant expiresAt = clock.instant().plus(linkLifetime).truncatedTo(ChronoUnit.SECONDS);
        return new Link(AgentLinkToken.sign(conversation, expiresAt, key), expiresAt);
    }

    @Override
    public AgentLinkToken.Verdict check(String token) {
        return AgentLinkToken.verify(token, key, clock.instant());
    }

    @Override
    public View view(ConversationId id, Locale locale) {
        Optional<Conversation> conversation = conversations.find(id);
        if (conversation.isEmpty()) {
            return new View(id, List.of(), Optional.empty());
        }
        DisplayProfile profile = profileFor(conversations.placement(id).orElse(Placement.UNKNOWN));
        return new View(
                id,
                DisplayedData.of(conversation.get().attachedData(), profile, locale),
                conversation.get().attachedData().isEmpty()
                        ? Optional.empty()
                        : Optional.of(conversation.get().updatedAt()));
    }

    @Override
    public AutoCloseable watch(ConversationId conversation, Runnable onChange) {
        return changes.watch(conversation, onChange);
    }

    private DisplayProfile profileFor(Placement placement) {
        return placement
                .queue()
                .flatMap(queue -> {
                    try {
                        return profiles.find(new ProfileScope.Queue(queue));
                    } catch (IllegalArgumentException notAQueueId) {
                        return Optional.empty();
                    }
                })
                .or(() -> placement.channel().flatMap(channel -> profiles.find(new ProfileScope.Channel(channel))))
                .orElse(DisplayProfile.EVERYTHING);
    }
}
