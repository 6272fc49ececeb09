package io.cadbridge.json;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads members out of a vendor's answer or an adapter's settings without casts. Each method follows
 * a path of member names through nested objects ({@code text(record, "Account", "Name")}) and answers
 * "absent" — an empty {@code Optional}, an empty list, an empty object — when a step is missing or not
 * an object, or when the value found is of another type. An empty path reads the value itself. Names
 * are taken whole: a name may contain dots, as OData annotations do
 * ({@code "statuscode@OData.Community.Display.V1.FormattedValue"}).
 *
 * <p>Vendor answers are untrusted input: nothing here throws on an unexpected shape.
 */
public final class JsonRead {

    private JsonRead() {}

    /** The value at the path, JSON {@code null} included (as {@link JsonNull}); empty when a step is missing. */
    public static Optional<JsonValue> at(JsonValue value, String... path) {
        requireNonNull(value, "value is null");
        JsonValue current = value;
        for (String name : path) {
            if (!(current instanceof JsonObject object)) {
                return Optional.empty();
            }
            Optional<JsonValue> next = object.get(requireNonNull(name, "name is null"));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /**
     * A string, a number as its JSON text ({@code 42}, vendors send ids both ways) or a boolean as
     * {@code true}/{@code false}; empty for null, objects, arrays and absent members.
     */
    public static Optional<String> text(JsonValue value, String... path) {
        return at(value, path).flatMap(found -> switch (found) {
            case JsonString string -> Optional.of(string.value());
            case JsonNumber number -> Optional.of(number.text());
            case JsonBoolean bool -> Optional.of(String.valueOf(bool.value()));
            default -> Optional.empty();
        });
    }

    /** {@link #text} as a JSON value for a document: a string, or JSON {@code null} when there is no text. */
    public static JsonValue textOrNull(JsonValue value, String... path) {
        return JsonValue.of(text(value, path).orElse(null));
    }

    /** A whole number that fits an {@code int} ({@code 3} and {@code 3.0}); empty for {@code 3.5}, text or a larger number. */
    public static Optional<Integer> integer(JsonValue value, String... path) {
        return at(value, path)
                .filter(JsonNumber.class::isInstance)
                .flatMap(number -> exactInt(((JsonNumber) number).value()));
    }

    /** The elements of an array; empty when absent or not an array. */
    public static List<JsonValue> array(JsonValue value, String... path) {
        return at(value, path)
                .filter(JsonArray.class::isInstance)
                .map(array -> ((JsonArray) array).elements())
                .orElse(List.of());
    }

    /** The strings of an array, in order; other elements are skipped. */
    public static List<String> texts(JsonValue value, String... path) {
        return array(value, path).stream()
                .filter(JsonString.class::isInstance)
                .map(element -> ((JsonString) element).value())
                .toList();
    }

    /** An object; {@link JsonObject#EMPTY} when absent or not an object. */
    public static JsonObject object(JsonValue value, String... path) {
        return at(value, path)
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .orElse(JsonObject.EMPTY);
    }

    private static Optional<Integer> exactInt(BigDecimal number) {
        try {
            return Optional.of(number.intValueExact());
        } catch (ArithmeticException fractionOrTooLarge) {
            return Optional.empty();
        }
    }
}
