package io.cadbridge.domain.template;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The data placeholders are resolved against: a JSON object whose members are the roots
 * ({@code contact}, {@code event}, {@code authentications}, {@code response}, …).
 *
 * <p>Missing-path policy: a path that leads nowhere counts as JSON {@code null}. A placeholder takes
 * the first of its paths that is neither missing nor null, else its fallback literal, else null;
 * null renders as the empty string inside text.
 */
public record PlaceholderScope(JsonObject roots) {

    public PlaceholderScope {
        requireNonNull(roots, "roots is null");
    }

    public PlaceholderScope with(String root, JsonValue value) {
        return new PlaceholderScope(roots.with(root, value));
    }

    public JsonValue value(Placeholder placeholder) {
        for (PlaceholderPath path : placeholder.paths()) {
            JsonValue value = value(path);
            if (!(value instanceof JsonNull)) {
                return value;
            }
        }
        return placeholder.fallback().orElse(JsonNull.INSTANCE);
    }

    public JsonValue value(PlaceholderPath path) {
        return caseInsensitiveHeaders(path).resolve(roots).orElse(JsonNull.INSTANCE);
    }

    /** The value as text: strings as they are, objects and arrays as compact JSON, null as empty. */
    public String text(Placeholder placeholder) {
        JsonValue value = value(placeholder);
        // In text, {event} is the event's name (as in Contact Pro's ".../contact-pro-events/{event}").
        if (placeholder.path().segments().size() == 1
                && placeholder.path().root().equals("event")
                && value instanceof JsonObject event) {
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

    /** Response header names are stored lower-case; {@code {response.headers.X-Total-Count}} finds them in any case. */
    private static PlaceholderPath caseInsensitiveHeaders(PlaceholderPath path) {
        List<PathSegment> segments = path.segments();
        Optional<Integer> headerName = headerNameIndex(segments);
        if (headerName.isEmpty() || !(segments.get(headerName.get()) instanceof PathSegment.Member member)) {
            return path;
        }
        List<PathSegment> lowered = new ArrayList<>(segments);
        lowered.set(headerName.get(), new PathSegment.Member(member.name().toLowerCase(Locale.ROOT)));
        return new PlaceholderPath(path.text(), lowered);
    }

    private static Optional<Integer> headerNameIndex(List<PathSegment> segments) {
        for (int i = 0; i + 1 < segments.size(); i++) {
            if (segments.get(i) instanceof PathSegment.Member member
                    && member.name().equals("headers")
                    && (i == 1 && isMember(segments.getFirst(), "response")
                            || i == 1 && isMember(segments.getFirst(), "debug"))) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static boolean isMember(PathSegment segment, String name) {
        return segment instanceof PathSegment.Member member && member.name().equals(name);
    }
}
