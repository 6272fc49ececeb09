package io.cadbridge.adapters.http;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as an administrator reads them in an error message: "10 s", "1.5 s", "250 ms". */
final class HumanDuration {

    private HumanDuration() {}

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }
}
