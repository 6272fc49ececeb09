package io.cadbridge.json;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/** A JSON object; member order is kept as given. */
public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    public static final JsonObject EMPTY = new JsonObject(Map.of());

    public JsonObject {
        requireNonNull(members, "members is null");
        if (!(members instanceof Members)) {
            LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
            members.forEach((name, value) -> copy.put(
                    requireNonNull(name, "member name is null"),
                    requireNonNull(value, () -> "value of member " + name + " is null")));
            members = new Members(copy);
        }
    }

    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    public JsonObject with(String name, JsonValue value) {
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(members);
        copy.put(
                requireNonNull(name, "member name is null"),
                requireNonNull(value, "value of member " + name + " is null"));
        return new JsonObject(new Members(copy));
    }

    /** Shallow merge: members of {@code other} are added and overwrite members of the same name. */
    public JsonObject merge(JsonObject other) {
        LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>(members);
        copy.putAll(other.members);
        return new JsonObject(new Members(copy));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an object member by member; a null Java value becomes JSON null. */
    public static final class Builder {
        private final LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

        public Builder put(String name, JsonValue value) {
            members.put(requireNonNull(name, "member name is null"), value == null ? JsonNull.INSTANCE : value);
            return this;
        }

        public Builder put(String name, String value) {
            return put(name, JsonValue.of(value));
        }

        public JsonObject build() {
            return new JsonObject(new Members(new LinkedHashMap<>(members)));
        }
    }

    /**
     * The members as a JSON object holds them: checked, in order, read-only. Only this class makes
     * one, always around a map nothing else refers to, so an object built from another object's
     * members (or by {@link #with}, {@link #merge}, a builder) need not copy and check them again.
     */
    private static final class Members extends AbstractMap<String, JsonValue> {
        private final Map<String, JsonValue> members;

        private Members(LinkedHashMap<String, JsonValue> members) {
            this.members = Collections.unmodifiableMap(members);
        }

        @Override
        public Set<Entry<String, JsonValue>> entrySet() {
            return members.entrySet();
        }

        @Override
        public JsonValue get(Object key) {
            return members.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return members.containsKey(key);
        }

        @Override
        public int size() {
            return members.size();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
            members.forEach(action);
        }
    }
}
