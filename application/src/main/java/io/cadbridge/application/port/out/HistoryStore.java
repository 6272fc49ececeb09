package io.cadbridge.application.port.out;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.history.ContactLogRow;
import io.cadbridge.domain.history.ConversationHistory;
import io.cadbridge.domain.history.DailyCountsQuery;
import io.cadbridge.domain.history.DayCounts;
import io.cadbridge.domain.history.HistoryPage;
import io.cadbridge.domain.history.HistorySearch;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What was kept for history (written by {@link WorkQueue#accept} and {@link WorkQueue#commit}), read
 * for the History view and reports.
 */
public interface HistoryStore {

    /** The conversations that kept a matching value, newest first (start time, then id descending). */
    HistoryPage search(HistorySearch search);

    /**
     * The Contact Log: every matching conversation in start order (oldest first, then id), each with
     * the latest kept value of each key, handed to {@code rows} one at a time as they are read, so
     * that a report of any size needs little memory.
     */
    void contactLog(ContactLogQuery query, Consumer<ContactLogRow> rows);

    /** The key's daily counts (DailyCount), day by day; days without any are left out. */
    List<DayCounts> dailyCounts(DailyCountsQuery query);

    /**
     * Keeps values given for the conversation outside its integrations (the contact-data API), as
     * a step commit keeps them, daily counts included.
     *
     * @return false when no event of the conversation was accepted
     */
    boolean update(ConversationId id, List<StatisticsEntry> values);

    /** The conversation's record, kept values, events and runs; empty when no event of it was accepted. */
    Optional<ConversationHistory> find(ConversationId id);
}
