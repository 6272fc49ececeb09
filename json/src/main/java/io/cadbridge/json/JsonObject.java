package io.cadbridge.json;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A JSON object; member order is kept as given. */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    public static final JsonObject EMPTY = new JsonObject(Map.of());

    public JsonObject {
        requireNonNull(members, "members is null");
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
        members.forEach((name, value) -> copy.put(
                requireNonNull(name, "member name is null"),
                requireNonNull(value, () -> "value of member " + name + " is null")));
        members = Collections.unmodifiableMap(copy);
    }

    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    public JsonObject with(String name, JsonValue value) {
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(members);
        copy.put(name, value);
        return new JsonObject(copy);
    }

    /** Shallow merge: members of {@code other} are added and overwrite members of the same name. */
    public JsonObject merge(JsonObject other) {
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(members);
        copy.putAll(other.members);
        return new JsonObject(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an object member by member; a null Java value becomes JSON null. */
    public static final class Builder {
        private final LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

        public Builder put(String name, JsonValue value) {
            members.put(name, value == null ? JsonNull.INSTANCE : value);
            return this;
        }

        public Builder put(String name, String value) {
            return put(name, JsonValue.of(value));
        }

        public JsonObject build() {
            return new JsonObject(members);
        }
    }
}
