package io.cadbridge.domain.template;

import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses the inside of {@code {…}}: {@code path ( ?? path )* ( ?? literal )?}. */
final class PlaceholderParser {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private PlaceholderParser() {}

    static Placeholder parse(String inside) {
        List<String> alternatives = splitOnFallbacks(inside);
        List<PlaceholderPath> paths = new ArrayList<>();
        Optional<JsonValue> fallback = Optional.empty();
        for (int i = 0; i < alternatives.size(); i++) {
            String alternative = alternatives.get(i).trim();
            Optional<JsonValue> literal = literal(alternative);
            if (literal.isPresent() && i == alternatives.size() - 1 && i > 0) {
                fallback = literal;
            } else if (literal.isPresent()) {
                throw new TemplateSyntaxException("placeholder {" + inside + "}: the literal " + alternative
                        + " can only be the last fallback, after '??'");
            } else {
                paths.add(PlaceholderPath.parse(alternative));
            }
        }
        return new Placeholder(inside, paths, fallback);
    }

    /** Splits on {@code ??} outside single-quoted text. */
    private static List<String> splitOnFallbacks(String inside) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '?' && i + 1 < inside.length() && inside.charAt(i + 1) == '?') {
                parts.add(inside.substring(start, i));
                start = i + 2;
                i++;
            }
        }
        if (quoted) {
            throw new TemplateSyntaxException("placeholder {" + inside + "}: a quoted fallback is not closed with '");
        }
        parts.add(inside.substring(start));
        return parts;
    }

    private static Optional<JsonValue> literal(String text) {
        if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
            return Optional.of(new JsonString(
                    text.substring(1, text.length() - 1).replace("\\'", "'").replace("\\\\", "\\")));
        }
        if (NUMBER.matcher(text).matches()) {
            return Optional.of(new JsonNumber(new BigDecimal(text)));
        }
        return switch (text) {
            case "true" -> Optional.of(JsonBoolean.TRUE);
            case "false" -> Optional.of(JsonBoolean.FALSE);
            case "null" -> Optional.of(JsonNull.INSTANCE);
            default -> Optional.empty();
        };
    }
}
