package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line of the Contact Log: a conversation and the latest kept value of each of its keys. */
public record ContactLogRow(ConversationSummary conversation, Map<String, JsonValue> extraData) {

    public ContactLogRow {
        requireNonNull(conversation, "conversation is null");
        extraData = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(extraData, "extraData is null")));
    }
}
