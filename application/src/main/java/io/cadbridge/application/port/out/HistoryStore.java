package io.cadbridge.application.port.out;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.history.ConversationHistory;
import io.cadbridge.domain.history.HistoryPage;
import io.cadbridge.domain.history.HistorySearch;
import java.util.Optional;

/**
 * What was kept for history (written by {@link WorkQueue#accept} and {@link WorkQueue#commit}), read
 * for the History view and reports.
 */
public interface HistoryStore {

    /** The conversations that kept a matching value, newest first (start time, then id descending). */
    HistoryPage search(HistorySearch search);

    /** The conversation's record, kept values, events and runs; empty when no event of it was accepted. */
    Optional<ConversationHistory> find(ConversationId id);
}
