package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.history.ConversationHistory;
import io.cadbridge.domain.history.HistoryPage;
import io.cadbridge.domain.history.HistorySearch;
import java.util.List;
import java.util.Optional;

/** The History view and its searches: conversations by the values kept for them. */
public interface ReadHistoryUseCase {

    SearchOutcome search(HistorySearch search);

    /** Empty when no event of the conversation was accepted. */
    Optional<ConversationHistory> conversation(ConversationId id);

    sealed interface SearchOutcome {
        record Found(HistoryPage page) implements SearchOutcome {
            public Found {
                requireNonNull(page, "page is null");
            }
        }

        /** No channel keeps the key for statistics, so nothing can have been kept for it. */
        record UnknownKey(String key, List<String> keptKeys) implements SearchOutcome {
            public UnknownKey {
                requireNonNull(key, "key is null");
                keptKeys = List.copyOf(requireNonNull(keptKeys, "keptKeys is null"));
            }
        }
    }
}
