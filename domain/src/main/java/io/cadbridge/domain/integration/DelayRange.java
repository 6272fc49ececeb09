package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/** {@code delay}/{@code delayMax}: wait a random time between the two before sending (just {@code delay} without a maximum). */
public record DelayRange(Duration minimum, Duration maximum) {

    public DelayRange {
        requireNonNull(minimum, "minimum is null");
        requireNonNull(maximum, "maximum is null");
        if (minimum.isNegative() || maximum.compareTo(minimum) < 0) {
            throw new IllegalArgumentException("a delay range needs 0 <= minimum <= maximum");
        }
    }

    /** The delay for one run, given a uniformly random fraction in [0, 1). */
    public Duration pick(double fraction) {
        long span = maximum.toMillis() - minimum.toMillis();
        return minimum.plusMillis((long) Math.floor(span * fraction));
    }
}
