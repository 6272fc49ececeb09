package io.cadbridge.json;

public record JsonNull() implements JsonValue {
    public static final JsonNull INSTANCE = new JsonNull();
}
