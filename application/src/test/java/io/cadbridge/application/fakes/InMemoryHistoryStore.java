package io.cadbridge.application.fakes;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.ConversationLifecycle;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.history.ContactLogRow;
import io.cadbridge.domain.history.ConversationHistory;
import io.cadbridge.domain.history.ConversationSummary;
import io.cadbridge.domain.history.DailyCount;
import io.cadbridge.domain.history.DailyCountsQuery;
import io.cadbridge.domain.history.DayCounts;
import io.cadbridge.domain.history.HistoryCursor;
import io.cadbridge.domain.history.HistoryEntry;
import io.cadbridge.domain.history.HistoryPage;
import io.cadbridge.domain.history.HistorySearch;
import io.cadbridge.domain.history.KeptValue;
import io.cadbridge.domain.history.ValueMatch;
import io.cadbridge.domain.run.Run;
import io.cadbridge.json.JsonValue;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** History read from what the in-memory queue kept, with the PostgreSQL store's order and paging. */
public final class InMemoryHistoryStore implements HistoryStore {

    /** Newest first: start time, then id, both descending (ids compare as "C"-collated text). */
    private static final Comparator<ConversationSummary> NEWEST_FIRST = Comparator.comparing(
                    ConversationSummary::startedAt)
            .thenComparing(summary -> summary.conversationId().value())
            .reversed();

    private final InMemoryWorkQueue queue;
    private final InMemoryRunLog runLog;
    private final Clock clock;

    public InMemoryHistoryStore(InMemoryWorkQueue queue, InMemoryRunLog runLog, Clock clock) {
        this.queue = requireNonNull(queue, "queue is null");
        this.runLog = requireNonNull(runLog, "runLog is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public HistoryPage search(HistorySearch search) {
        List<HistoryEntry> found = queue.lifecycles().entrySet().stream()
                .map(entry -> summary(entry.getKey(), entry.getValue()))
                .filter(summary -> matches(summary, search))
                .filter(summary -> values(summary.conversationId()).stream()
                        .anyMatch(value -> value.key().equals(search.key()) && matches(value.value(), search.match())))
                .sorted(NEWEST_FIRST)
                .limit(search.limit() + 1L)
                .map(summary -> new HistoryEntry(summary, values(summary.conversationId())))
                .toList();
        List<HistoryEntry> page = found.stream().limit(search.limit()).toList();
        return new HistoryPage(
                page,
                found.size() > search.limit()
                        ? Optional.of(page.getLast().conversation().cursor())
                        : Optional.empty());
    }

    @Override
    public void contactLog(ContactLogQuery query, Consumer<ContactLogRow> rows) {
        queue.lifecycles().entrySet().stream()
                .map(entry -> summary(entry.getKey(), entry.getValue()))
                .filter(summary -> query.from()
                                .map(from -> !summary.startedAt().isBefore(from))
                                .orElse(true)
                        && query.to()
                                .map(to -> summary.startedAt().isBefore(to))
                                .orElse(true)
                        && query.channel()
                                .map(channel -> summary.channelType().equals(Optional.of(channel.wireName())))
                                .orElse(true))
                .sorted(NEWEST_FIRST.reversed())
                .forEach(summary -> rows.accept(new ContactLogRow(summary, latest(values(summary.conversationId())))));
    }

    /** Each key's latest value (the store keeps them in the order saved). */
    private static Map<String, JsonValue> latest(List<KeptValue> values) {
        Map<String, JsonValue> latest = new TreeMap<>();
        values.forEach(value -> latest.put(value.key(), value.value()));
        return latest;
    }

    @Override
    public boolean update(ConversationId id, List<StatisticsEntry> values) {
        return queue.keepAll(id, values);
    }

    @Override
    public List<DayCounts> dailyCounts(DailyCountsQuery query) {
        return queue.dailyCounts(query);
    }

    @Override
    public Optional<ConversationHistory> find(ConversationId id) {
        return Optional.ofNullable(queue.lifecycles().get(id))
                .map(life -> new ConversationHistory(
                        new HistoryEntry(summary(id, life), values(id)),
                        queue.eventsOf(id).stream()
                                .map(event -> new ConversationHistory.AcceptedEvent(
                                        event.id(), event.name(), event.datetime(), clock.instant()))
                                .toList(),
                        runLog.recentRuns(Optional.empty(), Integer.MAX_VALUE).stream()
                                .filter(run -> run.conversationId().equals(id))
                                .sorted(Comparator.comparing(Run::startedAt)
                                        .thenComparing(run -> run.id().toString()))
                                .toList()));
    }

    private List<KeptValue> values(ConversationId id) {
        return queue.savedValues(id).stream()
                .map(entry -> new KeptValue(entry.key(), entry.value(), entry.eventId(), entry.savedAt()))
                .toList();
    }

    private static boolean matches(ConversationSummary summary, HistorySearch search) {
        return search.from().map(from -> !summary.startedAt().isBefore(from)).orElse(true)
                && search.to().map(to -> summary.startedAt().isBefore(to)).orElse(true)
                && search.channel()
                        .map(channel -> summary.channelType().equals(Optional.of(channel.wireName())))
                        .orElse(true)
                && search.queue()
                        .map(queueId -> summary.queue().equals(Optional.of(queueId)))
                        .orElse(true)
                && search.after().map(after -> isAfter(summary, after)).orElse(true);
    }

    private static boolean isAfter(ConversationSummary summary, HistoryCursor cursor) {
        int byTime = summary.startedAt().compareTo(cursor.startedAt());
        return byTime < 0
                || (byTime == 0
                        && summary.conversationId()
                                        .value()
                                        .compareTo(cursor.conversationId().value())
                                < 0);
    }

    /** As PostgreSQL compares {@code value_text}: a string as it is, anything else as JSON. */
    private static boolean matches(JsonValue value, ValueMatch match) {
        String text = DailyCount.searchText(value);
        return switch (match) {
            case ValueMatch.Exact exact -> text.equals(exact.value());
            case ValueMatch.Prefix prefix -> text.startsWith(prefix.prefix());
        };
    }

    private static ConversationSummary summary(ConversationId id, ConversationLifecycle life) {
        return new ConversationSummary(
                id,
                Optional.of(life.channelType()),
                Optional.of(life.direction()),
                life.queue(),
                life.agent(),
                life.startedAt(),
                life.endedAt(),
                life.closedAt());
    }
}
