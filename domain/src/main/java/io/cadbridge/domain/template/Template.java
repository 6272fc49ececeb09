package io.cadbridge.domain.template;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A text with placeholders, e.g. {@code "source='{contact.source}'"}, parsed once. {@code {{} and
 * {@code }}} write literal braces.
 */
public record Template(String source, List<Part> parts) {

    /** A piece of a template: literal text or a placeholder. */
    public sealed interface Part {}

    public record Literal(String text) implements Part {
        public Literal {
            requireNonNull(text, "text is null");
        }
    }

    /** A placeholder standing in the text. */
    public record Hole(Placeholder placeholder) implements Part {
        public Hole {
            requireNonNull(placeholder, "placeholder is null");
        }
    }

    public Template {
        requireNonNull(source, "source is null");
        parts = List.copyOf(requireNonNull(parts, "parts is null"));
    }

    public static Template parse(String source) {
        return new Template(source, TemplateParser.parse(source));
    }

    /** The placeholder when the whole template is exactly one placeholder: its value keeps its JSON type. */
    public Optional<Placeholder> solePlaceholder() {
        if (parts.size() == 1 && parts.getFirst() instanceof Hole hole) {
            return Optional.of(hole.placeholder());
        }
        return Optional.empty();
    }

    /** Every path the template reads, fallbacks included. */
    public List<PlaceholderPath> placeholders() {
        return parts.stream()
                .filter(Hole.class::isInstance)
                .flatMap(part -> ((Hole) part).placeholder().paths().stream())
                .toList();
    }

    /** Renders as JSON: a sole placeholder keeps the type of its value, anything else becomes text. */
    public JsonValue render(PlaceholderScope scope) {
        Optional<Placeholder> sole = solePlaceholder();
        if (sole.isPresent()) {
            return scope.value(sole.get());
        }
        return JsonValue.of(renderText(scope));
    }

    public String renderText(PlaceholderScope scope) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> out.append(literal.text());
                case Hole hole -> out.append(scope.text(hole.placeholder()));
            }
        }
        return out.toString();
    }

    private static final class TemplateParser {

        static List<Part> parse(String source) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '{' && next(source, i) == '{' || c == '}' && next(source, i) == '}') {
                    literal.append(c);
                    i += 2;
                } else if (c == '{') {
                    int end = closingBrace(source, i);
                    flush(literal, parts);
                    parts.add(new Hole(PlaceholderParser.parse(source.substring(i + 1, end))));
                    i = end + 1;
                } else if (c == '}') {
                    throw new TemplateSyntaxException(
                            "'}' at character " + (i + 1) + " closes nothing; write '}}' for a literal brace");
                } else {
                    literal.append(c);
                    i++;
                }
            }
            flush(literal, parts);
            return parts;
        }

        /** The '}' that closes the placeholder opened at {@code open}, skipping quoted fallback text. */
        private static int closingBrace(String source, int open) {
            boolean quoted = false;
            for (int i = open + 1; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '\\' && quoted) {
                    i++;
                } else if (c == '\'') {
                    quoted = !quoted;
                } else if (c == '}' && !quoted) {
                    return i;
                }
            }
            throw new TemplateSyntaxException(
                    "'{' at character " + (open + 1) + " is not closed; write '{{' for a literal brace");
        }

        private static char next(String source, int i) {
            return i + 1 < source.length() ? source.charAt(i + 1) : '\0';
        }

        private static void flush(StringBuilder literal, List<Part> parts) {
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
        }
    }
}
