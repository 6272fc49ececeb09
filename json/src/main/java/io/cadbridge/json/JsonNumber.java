package io.cadbridge.json;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

public record JsonNumber(BigDecimal value) implements JsonValue {
    public JsonNumber {
        requireNonNull(value, "value is null");
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    /** The number as JSON text: integers without a fraction, others without an exponent when short. */
    public String text() {
        if (value.signum() == 0) {
            return "0";
        }
        if (value.scale() <= 0 && value.precision() - value.scale() <= 30) {
            return value.toBigInteger().toString();
        }
        return value.toString();
    }
}
