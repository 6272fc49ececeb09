package io.cadbridge.application.port.out.contract;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonValue;

/** One value a store keeps for history, as the contracts read it back: by key, then in the order saved. */
public record SavedValue(String key, JsonValue value) {

    public SavedValue {
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
    }
}
