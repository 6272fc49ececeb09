package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.EventName;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the events of a conversation say about its life, for history and reports: its channel and
 * direction, the queue and agent it was last seen with, when it started (its first event), ended
 * ({@code Ended}), was closed ({@code Closed}), and its last event. Events may arrive in any order;
 * {@link #merge} keeps the earliest start, end and close and the latest event.
 */
public record ConversationLifecycle(
        String channelType,
        String direction,
        Optional<String> queue,
        Optional<String> agent,
        Instant startedAt,
        Optional<Instant> endedAt,
        Optional<Instant> closedAt,
        Instant lastEventAt,
        EventName lastEvent) {

    public ConversationLifecycle {
        requireNonNull(channelType, "channelType is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(queue, "queue is null");
        requireNonNull(agent, "agent is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(endedAt, "endedAt is null");
        requireNonNull(closedAt, "closedAt is null");
        requireNonNull(lastEventAt, "lastEventAt is null");
        requireNonNull(lastEvent, "lastEvent is null");
    }

    /** The life of a conversation as one event tells it. */
    public static ConversationLifecycle of(ConversationEvent event) {
        Contact contact = event.contact();
        Instant at = event.datetime();
        return new ConversationLifecycle(
                contact.channelType(),
                contact.direction(),
                contact.queue().map(queue -> queue.id() != null ? queue.id() : queue.address()),
                contact.agent()
                        .map(agent -> Stream.of(agent.id(), agent.number(), agent.chatAddress())
                                .filter(value -> value != null)
                                .findFirst()
                                .orElseThrow()),
                at,
                event.name() == EventName.ENDED ? Optional.of(at) : Optional.empty(),
                event.name() == EventName.CLOSED ? Optional.of(at) : Optional.empty(),
                at,
                event.name());
    }

    /** Both together: the earliest start, end and close; the latest event, with its channel, queue and agent when it has them. */
    public ConversationLifecycle merge(ConversationLifecycle other) {
        ConversationLifecycle latest = other.lastEventAt.isAfter(lastEventAt) ? other : this;
        ConversationLifecycle earlier = latest == this ? other : this;
        return new ConversationLifecycle(
                latest.channelType,
                latest.direction,
                latest.queue.or(() -> earlier.queue),
                latest.agent.or(() -> earlier.agent),
                earliest(startedAt, other.startedAt),
                earliest(endedAt, other.endedAt),
                earliest(closedAt, other.closedAt),
                latest.lastEventAt,
                latest.lastEvent);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        return Optional.of(earliest(a.get(), b.get()));
    }
}
