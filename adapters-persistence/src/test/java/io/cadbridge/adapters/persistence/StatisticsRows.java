package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.HISTORY_VALUE;

import io.cadbridge.application.port.out.contract.SavedValue;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.ConversationLifecycle;
import io.cadbridge.domain.integration.EventName;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** What the step commits and acceptances wrote for history, read back for the contracts (the history API reads it next). */
final class StatisticsRows {

    private StatisticsRows() {}

    static List<SavedValue> of(DSLContext dsl, ConversationId conversation) {
        return dsl.selectFrom(HISTORY_VALUE)
                .where(HISTORY_VALUE.CONVERSATION_ID.eq(conversation.value()))
                .orderBy(HISTORY_VALUE.KEY, HISTORY_VALUE.SEQ)
                .fetch(row -> new SavedValue(row.getKey(), JsonColumns.value(row.getValue())));
    }

    static Optional<ConversationLifecycle> lifecycle(DSLContext dsl, ConversationId conversation) {
        return dsl.selectFrom(CONVERSATION)
                .where(CONVERSATION.ID.eq(conversation.value()))
                .fetchOptional(row -> new ConversationLifecycle(
                        row.getChannelType(),
                        row.getDirection(),
                        Optional.ofNullable(row.getQueue()),
                        Optional.ofNullable(row.getAgent()),
                        Timestamps.instant(row.getStartedAt()),
                        Optional.ofNullable(row.getEndedAt()).map(Timestamps::instant),
                        Optional.ofNullable(row.getClosedAt()).map(Timestamps::instant),
                        Timestamps.instant(row.getLastEventAt()),
                        EventName.parse(row.getLastEventName()).orElseThrow()));
    }
}
