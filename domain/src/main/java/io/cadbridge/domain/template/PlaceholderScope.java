package io.cadbridge.domain.template;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.json.JsonBoolean;
import io.cadbridge.domain.json.JsonNull;
import io.cadbridge.domain.json.JsonNumber;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.json.JsonString;
import io.cadbridge.domain.json.JsonValue;
import io.cadbridge.domain.json.JsonArray;

/**
 * The data placeholders are resolved against: a JSON object whose members are the roots
 * ({@code contact}, {@code event}, {@code authentications}, {@code response}, …).
 *
 * <p>Missing-path policy: a path that leads nowhere resolves to JSON {@code null} when it is the
 * whole value and to the empty string inside text.
 */
public record PlaceholderScope(JsonObject roots) {

    public PlaceholderScope {
        requireNonNull(roots, "roots is null");
    }

    public PlaceholderScope with(String root, JsonValue value) {
        return new PlaceholderScope(roots.with(root, value));
    }

    public JsonValue value(PlaceholderPath path) {
        return path.resolve(roots).orElse(JsonNull.INSTANCE);
    }

    /** The value as text: strings as they are, objects and arrays as compact JSON, null as empty. */
    public String text(PlaceholderPath path) {
        JsonValue value = value(path);
        // In text, {event} is the event's name (as in Contact Pro's ".../contact-pro-events/{event}").
        if (path.segments().size() == 1 && path.root().equals("event") && value instanceof JsonObject event) {
            value = event.get("name").orElse(JsonNull.INSTANCE);
        }
        return switch (value) {
            case JsonString string -> string.value();
            case JsonNumber number -> number.text();
            case JsonBoolean bool -> Boolean.toString(bool.value());
            case JsonNull ignored -> "";
            case JsonObject object -> object.toJson();
            case JsonArray array -> array.toJson();
        };
    }
}
