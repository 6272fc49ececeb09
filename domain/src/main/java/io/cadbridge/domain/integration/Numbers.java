package io.cadbridge.domain.integration;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;

/** Range-checked JSON numbers; a problem names the range, and the caller's fallback keeps compiling the rest. */
final class Numbers {

    private final Problems problems;

    Numbers(Problems problems) {
        this.problems = problems;
    }

    int whole(JsonValue value, String at, int minimum, int maximum, int fallback) {
        if (value instanceof JsonNumber number
                && isWhole(number.value())
                && number.value().compareTo(BigDecimal.valueOf(minimum)) >= 0
                && number.value().compareTo(BigDecimal.valueOf(maximum)) <= 0) {
            return number.value().intValueExact();
        }
        problems.add(at, "must be a whole number from " + minimum + " to " + maximum + ", not " + value.toJson());
        return fallback;
    }

    /** A number greater than 0 and at most {@code maximum}; the fallback is {@code maximum}. */
    double positive(JsonValue value, String at, int maximum, String unit) {
        if (value instanceof JsonNumber number
                && number.value().signum() > 0
                && number.value().compareTo(BigDecimal.valueOf(maximum)) <= 0) {
            return number.value().doubleValue();
        }
        problems.add(
                at,
                "must be a number of " + unit + " greater than 0 and at most " + maximum + ", not " + value.toJson());
        return maximum;
    }

    /** Seconds as a number, from 0 ({@code zeroAllowed}) or above 0, to {@code maximum}, in millisecond precision. */
    Duration seconds(JsonValue value, String at, boolean zeroAllowed, int maximum) {
        if (value instanceof JsonNumber number && number.value().compareTo(BigDecimal.valueOf(maximum)) <= 0) {
            long millis = number.value().movePointRight(3).longValue();
            if (millis > 0 || (zeroAllowed && number.value().signum() == 0)) {
                return Duration.ofMillis(millis);
            }
        }
        String range = zeroAllowed ? "from 0 to " + maximum : "of at least 0.001 and at most " + maximum;
        problems.add(at, "must be a number of seconds " + range + ", not " + value.toJson());
        return Duration.ofSeconds(maximum);
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
