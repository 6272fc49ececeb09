package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.PROCESSED_EVENT;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.EventLog;
import io.cadbridge.domain.conversation.ConversationEvent;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jooq.DSLContext;

/** The accepted events in PostgreSQL; the primary key on the event id decides what is new. */
final class JooqEventLog implements EventLog {

    private final DSLContext dsl;

    @Inject
    JooqEventLog(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    /** Insert-or-nothing rather than check-then-insert: two deliveries racing still record one. */
    @Override
    public boolean recordIfNew(ConversationEvent event, Instant receivedAt) {
        return dsl.insertInto(PROCESSED_EVENT)
                .set(PROCESSED_EVENT.EVENT_ID, event.id().value())
                .set(PROCESSED_EVENT.CONVERSATION_ID, event.conversationId().value())
                .set(PROCESSED_EVENT.EVENT_NAME, event.name().displayName())
                .set(PROCESSED_EVENT.EVENT_DATETIME, Timestamps.column(event.datetime()))
                .set(PROCESSED_EVENT.RECEIVED_AT, Timestamps.column(receivedAt))
                .onConflictDoNothing()
                .execute() == 1;
    }
}
