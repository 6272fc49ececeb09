package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.domain.conversation.ConversationLifecycle;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The conversation rows of an acceptance batch: created on a first event, their life merged from every event. */
final class ConversationLifecycles {

    private ConversationLifecycles() {}

    /**
     * The conversation exists from its first event on, and each accepted event updates its life:
     * one row per conversation of the batch, in id order (concurrent batches never deadlock), the
     * batch's events merged first (a statement may change a row once), then merged with the stored
     * row the same way ({@link ConversationLifecycle#merge}). The statement doing so, to run with the
     * acceptance's others; none without events.
     */
    static Optional<ArrayStatements.Bound> record(ArrayStatements statements, List<NewJob> accepted, Instant now) {
        Map<String, ConversationLifecycle> lifecycles = new TreeMap<>();
        Set<String> events = new HashSet<>();
        for (NewJob job : accepted) {
            if (events.add(job.event().id().value())) {
                lifecycles.merge(
                        job.event().conversationId().value(),
                        ConversationLifecycle.of(job.event()),
                        ConversationLifecycle::merge);
            }
        }
        if (lifecycles.isEmpty()) {
            return Optional.empty();
        }
        List<ConversationLifecycle> lives = List.copyOf(lifecycles.values());
        return Optional.of(new ArrayStatements.Bound(
                UPSERT,
                ArrayStatements.Bound.NO_ROWS,
                statements.instant(now),
                statements.texts(List.copyOf(lifecycles.keySet())),
                statements.texts(lives, ConversationLifecycle::channelType),
                statements.texts(lives, ConversationLifecycle::direction),
                statements.texts(lives, life -> life.queue().orElse(null)),
                statements.texts(lives, life -> life.agent().orElse(null)),
                statements.instants(lives, ConversationLifecycle::startedAt),
                statements.instants(lives, life -> life.endedAt().orElse(null)),
                statements.instants(lives, life -> life.closedAt().orElse(null)),
                statements.instants(lives, ConversationLifecycle::lastEventAt),
                statements.texts(lives, life -> life.lastEvent().displayName())));
    }

    /** The stored row is the later one unless the batch's last event is later (or as late). */
    private static final String BATCH_IS_LATER =
            "excluded.last_event_at >= coalesce(conversation.last_event_at, '-infinity'::timestamptz)";

    private static final String UPSERT = "insert into conversation (id, created_at, updated_at, channel_type,"
            + " direction, queue, agent, started_at, ended_at, closed_at, last_event_at, last_event_name)"
            + " select life.id, batch.now, batch.now, life.channel_type, life.direction, life.queue, life.agent,"
            + " life.started_at::timestamptz, life.ended_at::timestamptz, life.closed_at::timestamptz,"
            + " life.last_event_at::timestamptz, life.last_event_name"
            + " from (select ?::timestamptz as now) as batch,"
            + " unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[]) as life(id, channel_type, direction, queue, agent, started_at, ended_at,"
            + " closed_at, last_event_at, last_event_name)"
            + " on conflict (id) do update set"
            + " channel_type = case when " + BATCH_IS_LATER + " then excluded.channel_type"
            + " else coalesce(conversation.channel_type, excluded.channel_type) end,"
            + " direction = case when " + BATCH_IS_LATER + " then excluded.direction"
            + " else coalesce(conversation.direction, excluded.direction) end,"
            + " queue = case when " + BATCH_IS_LATER + " then coalesce(excluded.queue, conversation.queue)"
            + " else coalesce(conversation.queue, excluded.queue) end,"
            + " agent = case when " + BATCH_IS_LATER + " then coalesce(excluded.agent, conversation.agent)"
            + " else coalesce(conversation.agent, excluded.agent) end,"
            + " started_at = least(conversation.started_at, excluded.started_at),"
            + " ended_at = least(conversation.ended_at, excluded.ended_at),"
            + " closed_at = least(conversation.closed_at, excluded.closed_at),"
            + " last_event_at = case when " + BATCH_IS_LATER + " then excluded.last_event_at"
            + " else conversation.last_event_at end,"
            + " last_event_name = case when " + BATCH_IS_LATER + " then excluded.last_event_name"
            + " else conversation.last_event_name end";
}
