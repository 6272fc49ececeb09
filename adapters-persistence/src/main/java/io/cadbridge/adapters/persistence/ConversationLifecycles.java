package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.domain.conversation.ConversationLifecycle;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The conversation rows of an acceptance batch: created on a first event, their life merged from every event. */
final class ConversationLifecycles {

    private ConversationLifecycles() {}

    /**
     * The conversation exists from its first event on, and each accepted event updates its life:
     * one row per conversation of the batch, in id order (concurrent batches never deadlock), the
     * batch's events merged first (a statement may change a row once), then merged with the stored
     * row the same way ({@link ConversationLifecycle#merge}).
     */
    static void record(DSLContext tx, List<NewJob> accepted, OffsetDateTime now) {
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
            return;
        }
        var insert = tx.insertInto(
                CONVERSATION,
                CONVERSATION.ID,
                CONVERSATION.CREATED_AT,
                CONVERSATION.UPDATED_AT,
                CONVERSATION.CHANNEL_TYPE,
                CONVERSATION.DIRECTION,
                CONVERSATION.QUEUE,
                CONVERSATION.AGENT,
                CONVERSATION.STARTED_AT,
                CONVERSATION.ENDED_AT,
                CONVERSATION.CLOSED_AT,
                CONVERSATION.LAST_EVENT_AT,
                CONVERSATION.LAST_EVENT_NAME);
        for (Map.Entry<String, ConversationLifecycle> entry : lifecycles.entrySet()) {
            ConversationLifecycle life = entry.getValue();
            insert = insert.values(
                    entry.getKey(),
                    now,
                    now,
                    life.channelType(),
                    life.direction(),
                    life.queue().orElse(null),
                    life.agent().orElse(null),
                    Timestamps.column(life.startedAt()),
                    life.endedAt().map(Timestamps::column).orElse(null),
                    life.closedAt().map(Timestamps::column).orElse(null),
                    Timestamps.column(life.lastEventAt()),
                    life.lastEvent().displayName());
        }
        // The stored row is the later one unless the batch's last event is later (or as late).
        Condition batchIsLater = excluded(CONVERSATION.LAST_EVENT_AT)
                .ge(DSL.coalesce(CONVERSATION.LAST_EVENT_AT, DSL.val(OffsetDateTime.MIN)));
        insert.onConflict(CONVERSATION.ID)
                .doUpdate()
                .set(
                        CONVERSATION.CHANNEL_TYPE,
                        DSL.when(batchIsLater, excluded(CONVERSATION.CHANNEL_TYPE))
                                .otherwise(
                                        DSL.coalesce(CONVERSATION.CHANNEL_TYPE, excluded(CONVERSATION.CHANNEL_TYPE))))
                .set(
                        CONVERSATION.DIRECTION,
                        DSL.when(batchIsLater, excluded(CONVERSATION.DIRECTION))
                                .otherwise(DSL.coalesce(CONVERSATION.DIRECTION, excluded(CONVERSATION.DIRECTION))))
                .set(
                        CONVERSATION.QUEUE,
                        DSL.when(batchIsLater, DSL.coalesce(excluded(CONVERSATION.QUEUE), CONVERSATION.QUEUE))
                                .otherwise(DSL.coalesce(CONVERSATION.QUEUE, excluded(CONVERSATION.QUEUE))))
                .set(
                        CONVERSATION.AGENT,
                        DSL.when(batchIsLater, DSL.coalesce(excluded(CONVERSATION.AGENT), CONVERSATION.AGENT))
                                .otherwise(DSL.coalesce(CONVERSATION.AGENT, excluded(CONVERSATION.AGENT))))
                .set(CONVERSATION.STARTED_AT, DSL.least(CONVERSATION.STARTED_AT, excluded(CONVERSATION.STARTED_AT)))
                .set(CONVERSATION.ENDED_AT, DSL.least(CONVERSATION.ENDED_AT, excluded(CONVERSATION.ENDED_AT)))
                .set(CONVERSATION.CLOSED_AT, DSL.least(CONVERSATION.CLOSED_AT, excluded(CONVERSATION.CLOSED_AT)))
                .set(
                        CONVERSATION.LAST_EVENT_AT,
                        DSL.when(batchIsLater, excluded(CONVERSATION.LAST_EVENT_AT))
                                .otherwise(CONVERSATION.LAST_EVENT_AT))
                .set(
                        CONVERSATION.LAST_EVENT_NAME,
                        DSL.when(batchIsLater, excluded(CONVERSATION.LAST_EVENT_NAME))
                                .otherwise(CONVERSATION.LAST_EVENT_NAME))
                .execute();
    }
}
