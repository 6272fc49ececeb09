package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.STATISTICS_ENTRY;
import static java.util.Objects.requireNonNull;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.StatisticsEntry;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Query;

/** Statistics entries in PostgreSQL: one row per conversation and key. */
final class JooqStatisticsStore implements StatisticsStore {

    private final DSLContext dsl;

    @Inject
    JooqStatisticsStore(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    /** One JDBC batch in one transaction; entries apply in order, so a later duplicate key wins. */
    @Override
    public void save(List<StatisticsEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        dsl.transaction(transaction -> {
            BatchBindStep batch = transaction.dsl().batch(upsert(transaction.dsl()));
            entries.forEach(entry -> batch.bind(entry.conversationId().value(), entry.key(),
                    JsonColumns.jsonb(entry.value()), entry.eventId().value(), Timestamps.column(entry.savedAt())));
            batch.execute();
        });
    }

    @Override
    public List<StatisticsEntry> findByConversation(ConversationId conversationId) {
        return dsl.selectFrom(STATISTICS_ENTRY)
                .where(STATISTICS_ENTRY.CONVERSATION_ID.eq(conversationId.value()))
                .orderBy(STATISTICS_ENTRY.KEY)
                .fetch(row -> new StatisticsEntry(conversationId, row.getKey(), JsonColumns.value(row.getValue()),
                        new EventId(row.getEventId()), Timestamps.instant(row.getSavedAt())));
    }

    /** The statement the batch binds each entry into; its placeholders are the five inserted values. */
    private static Query upsert(DSLContext dsl) {
        return dsl.insertInto(STATISTICS_ENTRY,
                        STATISTICS_ENTRY.CONVERSATION_ID, STATISTICS_ENTRY.KEY, STATISTICS_ENTRY.VALUE,
                        STATISTICS_ENTRY.EVENT_ID, STATISTICS_ENTRY.SAVED_AT)
                .values((String) null, (String) null, (JSONB) null, (String) null, (OffsetDateTime) null)
                .onConflict(STATISTICS_ENTRY.CONVERSATION_ID, STATISTICS_ENTRY.KEY)
                .doUpdate()
                .set(STATISTICS_ENTRY.VALUE, excluded(STATISTICS_ENTRY.VALUE))
                .set(STATISTICS_ENTRY.EVENT_ID, excluded(STATISTICS_ENTRY.EVENT_ID))
                .set(STATISTICS_ENTRY.SAVED_AT, excluded(STATISTICS_ENTRY.SAVED_AT));
    }
}
