package io.cadbridge.domain.routing;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Conversions Contact Pro applies to set values: "100" is a priority, UUIDs in any case, agents by several names. */
final class RoutingValues {

    private static final int MAX_DESCRIPTION = 80;

    private RoutingValues() {}

    /** An unsigned integer, or a text or number convertible to one ({@code "100"}, {@code 100.0}). */
    static Optional<Long> unsignedInteger(JsonValue value) {
        BigDecimal number = switch (value) {
            case JsonNumber json -> json.value();
            case JsonString text -> parse(text.value().trim());
            default -> null;
        };
        if (number == null || number.signum() < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.stripTrailingZeros().longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    static Optional<String> text(JsonValue value) {
        return value instanceof JsonString text && !text.value().isBlank()
                ? Optional.of(text.value().trim())
                : Optional.empty();
    }

    /** A plain string, or an object naming the agent by {@code id}, {@code number} or {@code chat_address}/{@code chatAddress}. */
    static Optional<String> agentIdentifier(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return Optional.of(number.text());
        }
        if (value instanceof JsonObject object) {
            for (String member : List.of("chat_address", "chatAddress", "number", "id")) {
                Optional<String> named = object.get(member).flatMap(RoutingValues::text);
                if (named.isPresent()) {
                    return named;
                }
            }
            return Optional.empty();
        }
        return text(value);
    }

    static String describe(JsonValue value) {
        String json = value.toJson();
        return json.length() <= MAX_DESCRIPTION ? json : json.substring(0, MAX_DESCRIPTION) + "…";
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
