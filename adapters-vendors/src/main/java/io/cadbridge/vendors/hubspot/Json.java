package io.cadbridge.vendors.hubspot;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** Reading HubSpot's answers: members by path, text, arrays; anything missing or of another type is absent. */
final class Json {

    private Json() {}

    static Optional<JsonValue> at(JsonValue value, String... path) {
        JsonValue current = value;
        for (String name : path) {
            if (!(current instanceof JsonObject object) || object.get(name).isEmpty()) {
                return Optional.empty();
            }
            current = object.get(name).get();
        }
        return current instanceof JsonNull ? Optional.empty() : Optional.of(current);
    }

    /** Text, or a number as text (HubSpot sends ids both ways). */
    static Optional<String> text(JsonValue value, String... path) {
        return at(value, path).flatMap(found -> switch (found) {
            case JsonString text -> Optional.of(text.value());
            case JsonNumber number -> Optional.of(number.text());
            default -> Optional.empty();
        });
    }

    static List<JsonValue> array(JsonValue value, String... path) {
        return at(value, path)
                .filter(JsonArray.class::isInstance)
                .map(array -> ((JsonArray) array).elements())
                .orElse(List.of());
    }

    static JsonObject object(JsonValue value, String... path) {
        return at(value, path)
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .orElse(JsonObject.EMPTY);
    }

    static JsonValue textOrNull(Optional<String> text) {
        return text.<JsonValue>map(JsonString::new).orElse(JsonNull.INSTANCE);
    }

    static JsonArray strings(List<String> texts) {
        return new JsonArray(texts.stream().<JsonValue>map(JsonString::new).toList());
    }
}
