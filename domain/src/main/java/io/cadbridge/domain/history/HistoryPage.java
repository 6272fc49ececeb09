package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** One page of a history search, newest first; {@code next} is where the following page starts, when there is one. */
public record HistoryPage(List<HistoryEntry> conversations, Optional<HistoryCursor> next) {

    public HistoryPage {
        conversations = List.copyOf(requireNonNull(conversations, "conversations is null"));
        requireNonNull(next, "next is null");
    }
}
