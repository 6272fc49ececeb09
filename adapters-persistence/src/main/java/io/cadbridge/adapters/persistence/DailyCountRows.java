package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.EXTRA_DATA_DAILY;
import static io.cadbridge.adapters.persistence.jooq.Tables.HISTORY_VALUE;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.adapters.persistence.jooq.tables.records.ExtraDataDailyRecord;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.impl.DSL;

/**
 * Takes conversations out of the daily counts before their kept values are deleted (erasure,
 * retention): each kept value was counted once, on its value and day, so each is subtracted once;
 * a count that reaches zero is deleted with its row, value text included.
 */
final class DailyCountRows {

    private static final Field<LocalDate> DAY =
            DSL.field("({0} at time zone 'UTC')::date", LocalDate.class, HISTORY_VALUE.SAVED_AT);

    private DailyCountRows() {}

    /** Call before deleting the conversations' {@code history_value} rows, in the same transaction. */
    static void subtract(DSLContext tx, List<String> conversations) {
        // Inlined, not bound: GROUP BY must see the same expression as the select list.
        Field<String> channel = DSL.coalesce(CONVERSATION.CHANNEL_TYPE, DSL.inline(""));
        Field<Long> removed = DSL.count().neg().cast(Long.class);
        add(tx.insertInto(
                        EXTRA_DATA_DAILY,
                        EXTRA_DATA_DAILY.KEY,
                        EXTRA_DATA_DAILY.DAY,
                        EXTRA_DATA_DAILY.CHANNEL_TYPE,
                        EXTRA_DATA_DAILY.VALUE_TEXT,
                        EXTRA_DATA_DAILY.COUNT)
                .select(DSL.select(HISTORY_VALUE.KEY, DAY, channel, HISTORY_VALUE.VALUE_TEXT, removed)
                        .from(HISTORY_VALUE)
                        .leftJoin(CONVERSATION)
                        .on(CONVERSATION.ID.eq(HISTORY_VALUE.CONVERSATION_ID))
                        .where(HISTORY_VALUE.CONVERSATION_ID.in(conversations))
                        .groupBy(HISTORY_VALUE.KEY, DAY, channel, HISTORY_VALUE.VALUE_TEXT)
                        .orderBy(HISTORY_VALUE.KEY, DAY, channel, HISTORY_VALUE.VALUE_TEXT)));
        tx.deleteFrom(EXTRA_DATA_DAILY)
                .where(EXTRA_DATA_DAILY.COUNT.le(0L))
                .and(EXTRA_DATA_DAILY.KEY.in(DSL.selectDistinct(HISTORY_VALUE.KEY)
                        .from(HISTORY_VALUE)
                        .where(HISTORY_VALUE.CONVERSATION_ID.in(conversations))))
                .execute();
    }

    /** Adds the inserted counts to those already there: the one way the daily counts change. */
    static int add(InsertOnDuplicateStep<ExtraDataDailyRecord> counts) {
        return counts.onConflict(
                        EXTRA_DATA_DAILY.KEY,
                        EXTRA_DATA_DAILY.DAY,
                        EXTRA_DATA_DAILY.CHANNEL_TYPE,
                        EXTRA_DATA_DAILY.VALUE_TEXT)
                .doUpdate()
                .set(EXTRA_DATA_DAILY.COUNT, EXTRA_DATA_DAILY.COUNT.plus(excluded(EXTRA_DATA_DAILY.COUNT)))
                .execute();
    }
}
