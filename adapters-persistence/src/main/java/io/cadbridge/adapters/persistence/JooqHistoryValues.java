package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.EXTRA_DATA_DAILY;
import static io.cadbridge.adapters.persistence.jooq.Tables.HISTORY_VALUE;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.adapters.persistence.jooq.tables.records.HistoryValueRecord;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.history.DailyCount;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep7;
import org.jooq.JSON;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * The values kept for history and their daily counts, written in the caller's transaction (a step
 * commit, a contact-data update), whose conversations it has locked.
 */
final class JooqHistoryValues {

    private static final Field<Long> NEXT_HISTORY_SEQ = DSL.field("nextval('history_value_seq')", Long.class);

    /** One statistics row: the last write of a batch to a conversation's key wins, as the merge did. */
    private record StatisticsKey(String conversationId, String key) implements Comparable<StatisticsKey> {
        private static final Comparator<StatisticsKey> ORDER =
                Comparator.comparing(StatisticsKey::conversationId).thenComparing(StatisticsKey::key);

        @Override
        public int compareTo(StatisticsKey other) {
            return ORDER.compare(this, other);
        }
    }

    private final DSLContext tx;

    JooqHistoryValues(DSLContext tx) {
        this.tx = tx;
    }

    /**
     * The values kept for history, by each key's mode: a {@code first} key keeps the value it has
     * (the first of a batch when it has none), a {@code last} key takes the batch's last value, an
     * {@code all} key adds every value with its own sequence number.
     */
    void keep(Collection<StatisticsEntry> entries, Map<String, String> channels, Predicate<String> keepsValues) {
        Map<StatisticsKey, StatisticsEntry> first = new TreeMap<>();
        Map<StatisticsKey, StatisticsEntry> last = new TreeMap<>();
        List<StatisticsEntry> all = new ArrayList<>();
        for (StatisticsEntry entry : entries) {
            StatisticsKey key = new StatisticsKey(entry.conversationId().value(), entry.key());
            switch (entry.mode()) {
                case FIRST -> first.putIfAbsent(key, entry);
                case LAST -> last.put(key, entry);
                case ALL -> all.add(entry);
            }
        }
        countDaily(first.values(), last.values(), all, channels, keepsValues);
        if (!first.isEmpty()) {
            historyValues(first.values(), DSL.val(0L)).onConflictDoNothing().execute();
        }
        if (!last.isEmpty()) {
            historyValues(last.values(), DSL.val(0L))
                    .onConflict(HISTORY_VALUE.CONVERSATION_ID, HISTORY_VALUE.KEY, HISTORY_VALUE.SEQ)
                    .doUpdate()
                    .set(HISTORY_VALUE.VALUE, excluded(HISTORY_VALUE.VALUE))
                    .set(HISTORY_VALUE.VALUE_TEXT, excluded(HISTORY_VALUE.VALUE_TEXT))
                    .set(HISTORY_VALUE.EVENT_ID, excluded(HISTORY_VALUE.EVENT_ID))
                    .set(HISTORY_VALUE.SAVED_AT, excluded(HISTORY_VALUE.SAVED_AT))
                    .execute();
        }
        if (!all.isEmpty()) {
            historyValues(all, NEXT_HISTORY_SEQ).execute();
        }
    }

    /**
     * The conversation's Contact Log line ({@code conversation.kept_values}) once {@code entries}, all of
     * one conversation and in the order saved, are kept: a {@code first} key keeps the value it has,
     * the others take their latest. Set in the statement that writes the conversation row anyway.
     */
    static Field<JSONB> keptValues(List<StatisticsEntry> entries) {
        KeptValues kept = KeptValues.of(entries);
        return DSL.field(
                "{0} || coalesce({1}, {2}) || {3}",
                JSONB.class,
                DSL.val(JsonColumns.jsonb(kept.first())),
                CONVERSATION.KEPT_VALUES,
                DSL.inline(JsonColumns.jsonb(JsonObject.EMPTY)),
                DSL.val(JsonColumns.jsonb(kept.latest())));
    }

    /** A batch's kept values: each {@code first} key's first value, and every other key's latest. */
    record KeptValues(JsonObject first, JsonObject latest) {
        static KeptValues of(List<StatisticsEntry> entries) {
            Map<String, JsonValue> first = new LinkedHashMap<>();
            Map<String, JsonValue> latest = new LinkedHashMap<>();
            for (StatisticsEntry entry : entries) {
                if (entry.mode() == HistoryMode.FIRST) {
                    first.putIfAbsent(entry.key(), entry.value());
                } else {
                    latest.put(entry.key(), entry.value());
                }
            }
            return new KeptValues(new JsonObject(first), new JsonObject(latest));
        }
    }

    private InsertValuesStep7<HistoryValueRecord, String, String, Long, JSON, String, String, OffsetDateTime>
            historyValues(Collection<StatisticsEntry> entries, Field<Long> seq) {
        var insert = tx.insertInto(
                HISTORY_VALUE,
                HISTORY_VALUE.CONVERSATION_ID,
                HISTORY_VALUE.KEY,
                HISTORY_VALUE.SEQ,
                HISTORY_VALUE.VALUE,
                HISTORY_VALUE.VALUE_TEXT,
                HISTORY_VALUE.EVENT_ID,
                HISTORY_VALUE.SAVED_AT);
        for (StatisticsEntry entry : entries) {
            insert = insert.values(
                    DSL.val(entry.conversationId().value()),
                    DSL.val(entry.key()),
                    seq,
                    DSL.val(JsonColumns.json(entry.value())),
                    DSL.val(DailyCount.searchText(entry.value())),
                    DSL.val(entry.eventId().value()),
                    DSL.val(Timestamps.column(entry.savedAt())));
        }
        return insert;
    }

    /**
     * Brings the daily counts up to date (DailyCount's rule), reading what the {@code first} and
     * {@code last} keys kept before: their conversations are locked, so it cannot change meanwhile.
     * Conversations that keep no value yet ({@code keepsValues} false: most, at their first save) are
     * not read.
     * Count rows are upserted in key order, so concurrent commits never wait for each other in a cycle.
     */
    private void countDaily(
            Collection<StatisticsEntry> first,
            Collection<StatisticsEntry> last,
            List<StatisticsEntry> all,
            Map<String, String> channels,
            Predicate<String> keepsValues) {
        if (first.isEmpty() && last.isEmpty() && all.isEmpty()) {
            return;
        }
        Map<StatisticsKey, DailyCount.Kept> before = new HashMap<>();
        List<StatisticsEntry> single = new ArrayList<>(first);
        single.addAll(last);
        List<StatisticsEntry> kept = single.stream()
                .filter(entry -> keepsValues.test(entry.conversationId().value()))
                .toList();
        if (!kept.isEmpty()) {
            tx.select(
                            HISTORY_VALUE.CONVERSATION_ID,
                            HISTORY_VALUE.KEY,
                            HISTORY_VALUE.VALUE_TEXT,
                            HISTORY_VALUE.SAVED_AT)
                    .from(HISTORY_VALUE)
                    .where(HISTORY_VALUE.SEQ.eq(0L))
                    .and(DSL.row(HISTORY_VALUE.CONVERSATION_ID, HISTORY_VALUE.KEY)
                            .in(kept.stream()
                                    .map(entry -> DSL.row(entry.conversationId().value(), entry.key()))
                                    .toList()))
                    .fetch()
                    .forEach(row -> before.put(
                            new StatisticsKey(row.value1(), row.value2()),
                            new DailyCount.Kept(
                                    row.value3(),
                                    LocalDate.ofInstant(Timestamps.instant(row.value4()), ZoneOffset.UTC))));
        }
        Map<DailyKey, Long> deltas = new TreeMap<>();
        List<StatisticsEntry> entries = new ArrayList<>(single);
        entries.addAll(all);
        for (StatisticsEntry entry : entries) {
            String conversation = entry.conversationId().value();
            DailyCount.of(
                            entry,
                            Optional.ofNullable(before.get(new StatisticsKey(conversation, entry.key()))),
                            channels.getOrDefault(conversation, ""))
                    .forEach(count -> deltas.merge(
                            new DailyKey(count.key(), count.day(), count.channel(), count.value()),
                            count.delta(),
                            Long::sum));
        }
        deltas.values().removeIf(delta -> delta == 0);
        if (deltas.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(
                EXTRA_DATA_DAILY,
                EXTRA_DATA_DAILY.KEY,
                EXTRA_DATA_DAILY.DAY,
                EXTRA_DATA_DAILY.CHANNEL_TYPE,
                EXTRA_DATA_DAILY.VALUE_TEXT,
                EXTRA_DATA_DAILY.COUNT);
        for (Map.Entry<DailyKey, Long> delta : deltas.entrySet()) {
            DailyKey key = delta.getKey();
            insert = insert.values(key.key(), key.day(), key.channel(), key.value(), delta.getValue());
        }
        DailyCountRows.add(insert);
    }

    /** One row of the daily counts, ordered as the primary key. */
    private record DailyKey(String key, LocalDate day, String channel, String value) implements Comparable<DailyKey> {
        private static final Comparator<DailyKey> ORDER = Comparator.comparing(DailyKey::key)
                .thenComparing(DailyKey::day)
                .thenComparing(DailyKey::channel)
                .thenComparing(DailyKey::value);

        @Override
        public int compareTo(DailyKey other) {
            return ORDER.compare(this, other);
        }
    }
}
