package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A conversation with the values kept for it, by key and in the order saved. */
public record HistoryEntry(ConversationSummary conversation, List<KeptValue> values) {

    public HistoryEntry {
        requireNonNull(conversation, "conversation is null");
        values = List.copyOf(requireNonNull(values, "values is null"));
    }

    /** The saved extra data as reports show it: each key with its latest kept value. */
    public JsonObject extraData() {
        Map<String, KeptValue> latest = new LinkedHashMap<>();
        for (KeptValue value : values) {
            latest.merge(value.key(), value, (kept, other) -> other.savedAt().isBefore(kept.savedAt()) ? kept : other);
        }
        JsonObject.Builder extraData = JsonObject.builder();
        latest.forEach((key, value) -> extraData.put(key, value.value()));
        return extraData.build();
    }
}
