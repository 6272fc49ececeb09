package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.ACCEPTED_EVENT;
import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.EXTRA_DATA_DAILY;
import static io.cadbridge.adapters.persistence.jooq.Tables.HISTORY_VALUE;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_RUN;
import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.persistence.jooq.tables.records.ConversationRecord;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.history.ContactLogRow;
import io.cadbridge.domain.history.ConversationHistory;
import io.cadbridge.domain.history.ConversationSummary;
import io.cadbridge.domain.history.DailyCountsQuery;
import io.cadbridge.domain.history.DayCounts;
import io.cadbridge.domain.history.HistoryEntry;
import io.cadbridge.domain.history.HistoryPage;
import io.cadbridge.domain.history.HistorySearch;
import io.cadbridge.domain.history.KeptValue;
import io.cadbridge.domain.history.ValueMatch;
import io.cadbridge.domain.integration.EventName;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * History in PostgreSQL: conversations found through {@code history_value_search} (key and value
 * text, exact or by prefix), listed newest first through {@code conversation_newest_first}, paged by
 * keyset (start time, id); their kept values read for the page in one query.
 */
final class JooqHistoryStore implements HistoryStore {

    private final DSLContext dsl;

    @Inject
    JooqHistoryStore(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public HistoryPage search(HistorySearch search) {
        return StorageErrors.guarded(() -> {
            List<ConversationRecord> rows = dsl.selectFrom(CONVERSATION)
                    .where(CONVERSATION.STARTED_AT.isNotNull())
                    .and(DSL.exists(DSL.selectOne()
                            .from(HISTORY_VALUE)
                            .where(HISTORY_VALUE.KEY.eq(search.key()))
                            .and(matches(search.match()))
                            .and(HISTORY_VALUE.CONVERSATION_ID.eq(CONVERSATION.ID))))
                    .and(filters(search))
                    .orderBy(CONVERSATION.STARTED_AT.desc(), CONVERSATION.ID.desc())
                    .limit(search.limit() + 1)
                    .fetch();
            List<ConversationSummary> page = rows.stream()
                    .limit(search.limit())
                    .map(ConversationRows::summary)
                    .toList();
            Map<String, List<KeptValue>> values = values(page.stream()
                    .map(summary -> summary.conversationId().value())
                    .toList());
            List<HistoryEntry> entries = page.stream()
                    .map(summary -> new HistoryEntry(
                            summary,
                            values.getOrDefault(summary.conversationId().value(), List.of())))
                    .toList();
            return new HistoryPage(
                    entries,
                    rows.size() > search.limit() ? Optional.of(page.getLast().cursor()) : Optional.empty());
        });
    }

    @Override
    public Optional<ConversationHistory> find(ConversationId id) {
        return StorageErrors.guarded(() -> dsl.selectFrom(CONVERSATION)
                .where(CONVERSATION.ID.eq(id.value()))
                .and(CONVERSATION.STARTED_AT.isNotNull())
                .fetchOptional()
                .map(row -> {
                    HistoryEntry entry = new HistoryEntry(
                            ConversationRows.summary(row),
                            values(List.of(id.value())).getOrDefault(id.value(), List.of()));
                    List<ConversationHistory.AcceptedEvent> events = dsl.selectFrom(ACCEPTED_EVENT)
                            .where(ACCEPTED_EVENT.CONVERSATION_ID.eq(id.value()))
                            .orderBy(ACCEPTED_EVENT.EVENT_DATETIME, ACCEPTED_EVENT.SEQUENCE)
                            .fetch(event -> new ConversationHistory.AcceptedEvent(
                                    new EventId(event.getEventId()),
                                    EventName.parse(event.getEventName()).orElseThrow(),
                                    Timestamps.instant(event.getEventDatetime()),
                                    Timestamps.instant(event.getAcceptedAt())));
                    return new ConversationHistory(
                            entry,
                            events,
                            dsl.selectFrom(INTEGRATION_RUN)
                                    .where(INTEGRATION_RUN.CONVERSATION_ID.eq(id.value()))
                                    .orderBy(INTEGRATION_RUN.STARTED_AT, INTEGRATION_RUN.ID)
                                    .fetch(JooqRunLog::run));
                }));
    }

    @Override
    public void contactLog(ContactLogQuery query, Consumer<ContactLogRow> rows) {
        JooqContactLog.read(dsl, query, rows);
    }

    /** The conversation row is locked first, as a step commit locks it: the two never interleave. */
    @Override
    public boolean update(ConversationId id, List<StatisticsEntry> values) {
        return StorageErrors.guarded(() -> PlainTransactions.inTransaction(dsl, tx -> {
            Optional<String> channel = tx.select(CONVERSATION.CHANNEL_TYPE)
                    .from(CONVERSATION)
                    .where(CONVERSATION.ID.eq(id.value()))
                    .forUpdate()
                    .fetchOptional(row -> row.value1() == null ? "" : row.value1());
            if (channel.isEmpty()) {
                return false;
            }
            new JooqHistoryValues(tx).keep(values, Map.of(id.value(), channel.get()), conversation -> true);
            if (!values.isEmpty()) {
                tx.update(CONVERSATION)
                        .set(CONVERSATION.KEPT_VALUES, JooqHistoryValues.keptValues(values))
                        .where(CONVERSATION.ID.eq(id.value()))
                        .execute();
            }
            return true;
        }));
    }

    @Override
    public List<DayCounts> dailyCounts(DailyCountsQuery query) {
        return StorageErrors.guarded(() -> {
            Map<LocalDate, Map<String, Long>> days = new TreeMap<>();
            var count = DSL.sum(EXTRA_DATA_DAILY.COUNT).cast(Long.class);
            dsl.select(EXTRA_DATA_DAILY.DAY, EXTRA_DATA_DAILY.VALUE_TEXT, count)
                    .from(EXTRA_DATA_DAILY)
                    .where(EXTRA_DATA_DAILY.KEY.eq(query.key()))
                    .and(EXTRA_DATA_DAILY.DAY.between(query.from(), query.to()))
                    .and(query.channel()
                            .map(channel -> EXTRA_DATA_DAILY.CHANNEL_TYPE.eq(channel.wireName()))
                            .orElse(DSL.noCondition()))
                    .groupBy(EXTRA_DATA_DAILY.DAY, EXTRA_DATA_DAILY.VALUE_TEXT)
                    .having(count.gt(0L))
                    .orderBy(EXTRA_DATA_DAILY.DAY, EXTRA_DATA_DAILY.VALUE_TEXT)
                    .fetch()
                    .forEach(row -> days.computeIfAbsent(row.value1(), day -> new LinkedHashMap<>())
                            .put(row.value2(), row.value3()));
            return days.entrySet().stream()
                    .map(day -> new DayCounts(day.getKey(), day.getValue()))
                    .toList();
        });
    }

    private static Condition matches(ValueMatch match) {
        return switch (match) {
            case ValueMatch.Exact exact -> HISTORY_VALUE.VALUE_TEXT.eq(exact.value());
            // startsWith escapes % and _ in the prefix: they match themselves.
            case ValueMatch.Prefix prefix -> HISTORY_VALUE.VALUE_TEXT.startsWith(prefix.prefix());
        };
    }

    private static Condition filters(HistorySearch search) {
        Condition condition = DSL.noCondition();
        if (search.from().isPresent()) {
            condition = condition.and(
                    CONVERSATION.STARTED_AT.ge(Timestamps.column(search.from().get())));
        }
        if (search.to().isPresent()) {
            condition = condition.and(
                    CONVERSATION.STARTED_AT.lt(Timestamps.column(search.to().get())));
        }
        if (search.channel().isPresent()) {
            condition = condition.and(
                    CONVERSATION.CHANNEL_TYPE.eq(search.channel().get().wireName()));
        }
        if (search.queue().isPresent()) {
            condition = condition.and(CONVERSATION.QUEUE.eq(search.queue().get()));
        }
        if (search.after().isPresent()) {
            condition = condition.and(DSL.row(CONVERSATION.STARTED_AT, CONVERSATION.ID)
                    .lt(
                            Timestamps.column(search.after().get().startedAt()),
                            search.after().get().conversationId().value()));
        }
        return condition;
    }

    private Map<String, List<KeptValue>> values(List<String> conversations) {
        Map<String, List<KeptValue>> values = new HashMap<>();
        if (conversations.isEmpty()) {
            return values;
        }
        dsl.selectFrom(HISTORY_VALUE)
                .where(HISTORY_VALUE.CONVERSATION_ID.in(conversations))
                .orderBy(HISTORY_VALUE.CONVERSATION_ID, HISTORY_VALUE.KEY, HISTORY_VALUE.SEQ)
                .fetch()
                .forEach(row -> values.computeIfAbsent(row.getConversationId(), id -> new ArrayList<>())
                        .add(new KeptValue(
                                row.getKey(),
                                JsonColumns.value(row.getValue()),
                                new EventId(row.getEventId()),
                                Timestamps.instant(row.getSavedAt()))));
        return values;
    }
}
