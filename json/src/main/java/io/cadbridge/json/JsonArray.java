package io.cadbridge.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A JSON array. */
public record JsonArray(List<JsonValue> elements) implements JsonValue {

    public static final JsonArray EMPTY = new JsonArray(List.of());

    public JsonArray {
        elements = List.copyOf(requireNonNull(elements, "elements is null"));
    }

    /** An array of strings, in order: {@code ["firstname", "email"]}. */
    public static JsonArray ofStrings(List<String> texts) {
        return new JsonArray(requireNonNull(texts, "texts is null").stream()
                .<JsonValue>map(JsonString::new)
                .toList());
    }

    /** Python-style index: negative indexes count from the end ({@code -1} is the last element). */
    public Optional<JsonValue> get(int index) {
        int position = index < 0 ? elements.size() + index : index;
        if (position < 0 || position >= elements.size()) {
            return Optional.empty();
        }
        return Optional.of(elements.get(position));
    }
}
