package io.cadbridge.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import io.cadbridge.support.jackson.JsonValues;
import org.jooq.JSON;
import org.jooq.JSONB;

/** Converts the domain's JSON values from and to PostgreSQL json / jsonb columns. */
final class JsonColumns {

    private JsonColumns() {}

    static JSONB jsonb(JsonValue value) {
        return JSONB.valueOf(value.toJson());
    }

    static JSON json(JsonValue value) {
        return JSON.valueOf(value.toJson());
    }

    static JsonValue value(JSONB column) {
        return parse(column.data());
    }

    static JsonValue value(JSON column) {
        return parse(column.data());
    }

    static JsonObject object(JSONB column) {
        return object(value(column));
    }

    static JsonObject object(JSON column) {
        return object(value(column));
    }

    private static JsonObject object(JsonValue value) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new IllegalStateException("a stored JSON object column holds something else than an object");
    }

    private static JsonValue parse(String text) {
        try {
            return JsonValues.parse(text);
        } catch (JsonProcessingException e) {
            // PostgreSQL validates json on input, so this means a corrupted or foreign row.
            throw new IllegalStateException("a stored JSON column cannot be read", e);
        }
    }
}
