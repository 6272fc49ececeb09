package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code $filter} subset the adapter sends: comparisons {@code column eq 'text'} or {@code column eq
 * 0} joined by {@code or}. {@code eq} compares whole values, as Dataverse does: {@code '4155551212'} does
 * not find {@code (415) 555-1212}. Text compares without regard to case (Dataverse's default collation).
 * Anything else is a syntax error, answered 400 as Dataverse does.
 */
record FakeODataFilter(List<Comparison> anyOf) {

    record Comparison(String column, JsonValue value) {}

    static FakeODataFilter parse(String filter) {
        List<Comparison> comparisons = new ArrayList<>();
        int at = 0;
        while (true) {
            int space = filter.indexOf(" eq ", at);
            if (space < 0 || !filter.substring(at, space).matches("[a-z_][a-z0-9_]*")) {
                throw syntax(at);
            }
            String column = filter.substring(at, space);
            at = space + 4;
            int end = filter.startsWith("'", at) ? endOfText(filter, at) : endOfNumber(filter, at);
            String literal = filter.substring(at, end);
            comparisons.add(new Comparison(column, value(literal, at)));
            at = end;
            if (at == filter.length()) {
                return new FakeODataFilter(comparisons);
            }
            if (!filter.startsWith(" or ", at)) {
                throw syntax(at);
            }
            at += 4;
        }
    }

    boolean matches(JsonObject row) {
        return anyOf.stream().anyMatch(comparison -> {
            JsonValue stored = row.get(comparison.column())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "0x80060888: Could not find a property named '" + comparison.column() + "'"));
            return switch (comparison.value()) {
                case JsonString text ->
                    stored instanceof JsonString value
                            && value.value()
                                    .toLowerCase(Locale.ROOT)
                                    .equals(text.value().toLowerCase(Locale.ROOT));
                case JsonNumber number ->
                    stored instanceof JsonNumber value && value.value().compareTo(number.value()) == 0;
                default -> false;
            };
        });
    }

    static String text(JsonObject row, String column) {
        return row.get(column)
                .filter(JsonString.class::isInstance)
                .map(value -> ((JsonString) value).value())
                .orElse("");
    }

    private static int endOfText(String filter, int start) {
        int at = start + 1;
        while (at < filter.length()) {
            if (filter.charAt(at) == '\'') {
                if (at + 1 < filter.length() && filter.charAt(at + 1) == '\'') {
                    at += 2;
                    continue;
                }
                return at + 1;
            }
            at++;
        }
        throw syntax(start);
    }

    private static int endOfNumber(String filter, int start) {
        int at = start;
        while (at < filter.length() && Character.isDigit(filter.charAt(at))) {
            at++;
        }
        if (at == start) {
            throw syntax(start);
        }
        return at;
    }

    private static JsonValue value(String literal, int at) {
        if (literal.startsWith("'")) {
            return new JsonString(literal.substring(1, literal.length() - 1).replace("''", "'"));
        }
        return new JsonNumber(new BigDecimal(literal));
    }

    private static IllegalArgumentException syntax(int at) {
        return new IllegalArgumentException("0x80060888: Syntax error at position " + at + " in $filter");
    }
}
