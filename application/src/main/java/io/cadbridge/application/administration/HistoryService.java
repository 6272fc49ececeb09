package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReadHistoryUseCase;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.history.ConversationHistory;
import io.cadbridge.domain.history.HistorySearch;
import java.util.List;
import java.util.Optional;

/** Searches history by the keys some channel keeps for statistics; any other key is a mistake, said so. */
public final class HistoryService implements ReadHistoryUseCase {

    private final HistoryStore history;
    private final ExtraDataSettingsRepository settings;

    public HistoryService(HistoryStore history, ExtraDataSettingsRepository settings) {
        this.history = requireNonNull(history, "history is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    public SearchOutcome search(HistorySearch search) {
        List<String> kept =
                KeptKeys.of(settings, Optional.empty()).stream().sorted().toList();
        if (!kept.contains(search.key())) {
            return new SearchOutcome.UnknownKey(search.key(), kept);
        }
        return new SearchOutcome.Found(history.search(search));
    }

    @Override
    public Optional<ConversationHistory> conversation(ConversationId id) {
        return history.find(requireNonNull(id, "id is null"));
    }
}
