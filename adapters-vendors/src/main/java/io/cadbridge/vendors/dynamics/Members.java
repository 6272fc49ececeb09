package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * Reads members of Dataverse's answers and of the settings, tolerating absent and null ones. Names are
 * taken whole: OData annotations have dots in them ({@code x@OData.Community.Display.V1.FormattedValue}).
 */
final class Members {

    /** The annotation that carries an option's label or a lookup's name. */
    static final String FORMATTED = "@OData.Community.Display.V1.FormattedValue";

    private Members() {}

    static Optional<JsonValue> get(JsonValue value, String name) {
        return value instanceof JsonObject object ? object.get(name) : Optional.empty();
    }

    /** A text, number or boolean member as text. */
    static Optional<String> text(JsonValue value, String name) {
        return get(value, name).flatMap(member -> switch (member) {
            case JsonString string -> Optional.of(string.value());
            case JsonNumber number -> Optional.of(number.text());
            case JsonBoolean bool -> Optional.of(String.valueOf(bool.value()));
            default -> Optional.empty();
        });
    }

    /** The member's label ({@code FormattedValue} annotation) when Dataverse gave one, else its value. */
    static JsonValue labelOrValue(JsonValue value, String name) {
        return JsonValue.of(
                text(value, name + FORMATTED).or(() -> text(value, name)).orElse(null));
    }

    static JsonValue textOrNull(JsonValue value, String name) {
        return JsonValue.of(text(value, name).orElse(null));
    }

    static List<JsonValue> array(JsonValue value, String name) {
        return get(value, name)
                .filter(JsonArray.class::isInstance)
                .map(array -> ((JsonArray) array).elements())
                .orElse(List.of());
    }

    static Optional<Integer> integer(JsonValue value, String name) {
        return get(value, name)
                .filter(JsonNumber.class::isInstance)
                .map(number -> ((JsonNumber) number).value())
                .filter(number -> number.stripTrailingZeros().scale() <= 0)
                .map(number -> number.intValue());
    }

    /** An array of texts; empty when absent. */
    static List<String> texts(JsonValue value, String name) {
        return array(value, name).stream()
                .filter(JsonString.class::isInstance)
                .map(element -> ((JsonString) element).value())
                .toList();
    }
}
