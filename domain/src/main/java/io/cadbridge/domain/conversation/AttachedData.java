package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.Optional;

/**
 * Conversation attached data (CAD): top-level keys with JSON values. A nested group saved by an
 * integration (e.g. {@code customer_data}) is one key whose value is an object.
 */
public record AttachedData(JsonObject values) {

    public static final AttachedData EMPTY = new AttachedData(JsonObject.EMPTY);

    public AttachedData {
        requireNonNull(values, "values is null");
    }

    /** Later data wins on overlapping keys, as when several integrations save into one conversation. */
    public AttachedData merge(JsonObject saved) {
        return new AttachedData(values.merge(saved));
    }

    public Optional<JsonValue> get(String key) {
        return values.get(key);
    }

    public boolean isEmpty() {
        return values.members().isEmpty();
    }
}
