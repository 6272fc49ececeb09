package io.cadbridge.domain.template;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * One {@code {…}}: a path, optionally followed by fallbacks with {@code ??} — further paths and a
 * final literal — used when the value is missing or null: {@code {response.body.rank ?? 0}},
 * {@code {contact.language ?? 'EN'}}.
 */
public record Placeholder(String source, List<PlaceholderPath> paths, Optional<JsonValue> fallback) {

    public Placeholder {
        requireNonNull(source, "source is null");
        paths = List.copyOf(requireNonNull(paths, "paths is null"));
        requireNonNull(fallback, "fallback is null");
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a placeholder names at least one path");
        }
    }

    public static Placeholder of(PlaceholderPath path) {
        return new Placeholder(path.text(), List.of(path), Optional.empty());
    }

    /** The first path, the one the placeholder is about. */
    public PlaceholderPath path() {
        return paths.getFirst();
    }
}
