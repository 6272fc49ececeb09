package io.cadbridge.domain.testing;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;

/** Terse JSON literals for tests: {@code obj("a", 1, "b", arr("x", true))}. */
public final class Json {

    private Json() {}

    public static JsonObject obj(Object... namesAndValues) {
        LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
        }
        return new JsonObject(members);
    }

    public static JsonArray arr(Object... elements) {
        return new JsonArray(Arrays.stream(elements).map(Json::value).toList());
    }

    public static JsonValue value(Object value) {
        return switch (value) {
            case null -> JsonNull.INSTANCE;
            case JsonValue json -> json;
            case String text -> new JsonString(text);
            case Integer number -> JsonNumber.of(number);
            case Long number -> JsonNumber.of(number);
            case Double number -> new JsonNumber(BigDecimal.valueOf(number));
            case Boolean bool -> JsonBoolean.of(bool);
            default -> throw new IllegalArgumentException("no JSON for " + value.getClass());
        };
    }
}
