package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.STATISTICS_ENTRY;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.StatisticsEntry;
import java.util.List;
import org.jooq.DSLContext;

/** The statistics entries the step commits wrote, read back for tests (nothing in production reads them yet). */
final class StatisticsRows {

    private StatisticsRows() {}

    static List<StatisticsEntry> of(DSLContext dsl, ConversationId conversation) {
        return dsl.selectFrom(STATISTICS_ENTRY)
                .where(STATISTICS_ENTRY.CONVERSATION_ID.eq(conversation.value()))
                .orderBy(STATISTICS_ENTRY.KEY)
                .fetch(row -> new StatisticsEntry(
                        conversation,
                        row.getKey(),
                        JsonColumns.value(row.getValue()),
                        new EventId(row.getEventId()),
                        Timestamps.instant(row.getSavedAt())));
    }
}
