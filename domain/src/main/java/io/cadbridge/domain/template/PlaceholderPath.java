package io.cadbridge.domain.template;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dotted placeholder path such as {@code response.body.tickets[-1].id}: member names separated
 * by dots, array indexes in brackets.
 */
public record PlaceholderPath(String text, List<PathSegment> segments) {

    public PlaceholderPath {
        requireNonNull(text, "text is null");
        segments = List.copyOf(requireNonNull(segments, "segments is null"));
        if (segments.isEmpty() || !(segments.getFirst() instanceof PathSegment.Member)) {
            throw new IllegalArgumentException("a placeholder path starts with a name: " + text);
        }
    }

    public static PlaceholderPath parse(String text) {
        return new PathParser(text).parse();
    }

    public String root() {
        return ((PathSegment.Member) segments.getFirst()).name();
    }

    /** The value at this path, or empty when any step is missing or has the wrong type. */
    public Optional<JsonValue> resolve(JsonValue start) {
        JsonValue current = start;
        for (PathSegment segment : segments) {
            Optional<JsonValue> next = step(current, segment);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    private static Optional<JsonValue> step(JsonValue current, PathSegment segment) {
        return switch (segment) {
            case PathSegment.Member member when current instanceof JsonObject object -> object.get(member.name());
            case PathSegment.Index index when current instanceof JsonArray array -> array.get(index.index());
            default -> Optional.empty();
        };
    }

    /** Recursive-descent parser for the path grammar {@code name ( '.' name | '[' -?digits ']' )*}. */
    private static final class PathParser {
        private final String text;
        private final List<PathSegment> segments = new ArrayList<>();
        private int position;

        PathParser(String text) {
            this.text = requireNonNull(text, "text is null");
        }

        PlaceholderPath parse() {
            segments.add(new PathSegment.Member(name()));
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == '.') {
                    position++;
                    segments.add(new PathSegment.Member(name()));
                } else if (c == '[') {
                    segments.add(new PathSegment.Index(index()));
                } else {
                    throw error("unexpected '" + c + "'");
                }
            }
            return new PlaceholderPath(text, segments);
        }

        private String name() {
            int start = position;
            while (position < text.length() && isNameChar(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw error(
                        position < text.length()
                                ? "expected a name before '" + text.charAt(position) + "'"
                                : "expected a name");
            }
            return text.substring(start, position);
        }

        private int index() {
            int start = ++position;
            if (position < text.length() && text.charAt(position) == '-') {
                position++;
            }
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
            String digits = text.substring(start, position);
            if (position >= text.length() || text.charAt(position) != ']' || digits.isEmpty() || digits.equals("-")) {
                throw error("an index is written [n] or [-n] with a whole number");
            }
            position++;
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw error("index " + digits + " is too large");
            }
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }

        private TemplateSyntaxException error(String message) {
            return new TemplateSyntaxException(
                    "placeholder {" + text + "}: " + message + " at character " + (position + 1));
        }
    }
}
