package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** Reads members of Salesforce's JSON answers and of the settings, tolerating absent and null ones. */
final class Members {

    private Members() {}

    /** The member at a dotted path ({@code Account.Name}) of an object, when every step is an object. */
    static Optional<JsonValue> at(JsonValue value, String path) {
        JsonValue current = value;
        for (String name : path.split("\\.")) {
            if (!(current instanceof JsonObject object)) {
                return Optional.empty();
            }
            Optional<JsonValue> next = object.get(name);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** A text, number or boolean member as text. */
    static Optional<String> text(JsonValue value, String path) {
        return at(value, path).flatMap(member -> switch (member) {
            case JsonString string -> Optional.of(string.value());
            case JsonNumber number -> Optional.of(number.text());
            case JsonBoolean bool -> Optional.of(String.valueOf(bool.value()));
            default -> Optional.empty();
        });
    }

    /** The elements of an array member; empty when it is absent or not an array. */
    static List<JsonValue> array(JsonValue value, String path) {
        return at(value, path)
                .filter(JsonArray.class::isInstance)
                .map(array -> ((JsonArray) array).elements())
                .orElse(List.of());
    }

    /** An integer member, when it is a whole number. */
    static Optional<Integer> integer(JsonValue value, String path) {
        return at(value, path)
                .filter(JsonNumber.class::isInstance)
                .map(number -> ((JsonNumber) number).value())
                .filter(number -> number.stripTrailingZeros().scale() <= 0)
                .map(number -> number.intValue());
    }

    /** The member as a JSON value: its text, or JSON null when absent. */
    static JsonValue textOrNull(JsonValue value, String path) {
        return JsonValue.of(text(value, path).orElse(null));
    }
}
