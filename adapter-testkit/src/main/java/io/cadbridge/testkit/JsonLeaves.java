package io.cadbridge.testkit;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** The scalar values of a JSON document, wherever they are nested. */
final class JsonLeaves {

    private JsonLeaves() {}

    static List<JsonValue> of(JsonValue value) {
        List<JsonValue> leaves = new ArrayList<>();
        collect(value, leaves);
        return leaves;
    }

    /** The leaves that are text or numbers, as text: where an id or a subject shows. */
    static List<String> texts(JsonValue value) {
        return of(value).stream()
                .map(leaf -> switch (leaf) {
                    case JsonString text -> text.value();
                    case JsonNumber number -> number.text();
                    default -> "";
                })
                .filter(text -> !text.isEmpty())
                .toList();
    }

    /** A leaf that claims nothing: null, false, zero or empty text. */
    static boolean claimsNothing(JsonValue leaf) {
        return switch (leaf) {
            case JsonNull nothing -> true;
            case JsonBoolean bool -> !bool.value();
            case JsonNumber number -> number.value().signum() == 0;
            case JsonString text -> text.value().isBlank();
            case JsonObject object -> object.members().isEmpty();
            case JsonArray array -> array.elements().isEmpty();
        };
    }

    private static void collect(JsonValue value, List<JsonValue> leaves) {
        switch (value) {
            case JsonObject object -> object.members().values().forEach(member -> collect(member, leaves));
            case JsonArray array -> array.elements().forEach(element -> collect(element, leaves));
            default -> leaves.add(value);
        }
    }
}
