package io.cadbridge.json;

/**
 * A JSON value in the domain's own terms, so the pure core can hold configurations, contact data
 * and attached data without a JSON library. Adapters convert from and to their library's model.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** Compact JSON text, as used when an object or array is rendered inside a text template. */
    default String toJson() {
        return JsonWriter.write(this);
    }

    static JsonValue of(String text) {
        return text == null ? JsonNull.INSTANCE : new JsonString(text);
    }
}
