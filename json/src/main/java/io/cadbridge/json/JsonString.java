package io.cadbridge.json;

import static java.util.Objects.requireNonNull;

public record JsonString(String value) implements JsonValue {
    public JsonString {
        requireNonNull(value, "value is null");
    }
}
