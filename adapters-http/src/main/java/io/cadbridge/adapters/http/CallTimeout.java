package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The integration's timeout, attached to each call as a Retrofit {@code @Tag}.
 *
 * <p>Connecting, writing and each read wait at most {@code value}. Because a server that trickles one
 * byte just before every read timeout could otherwise hold a call forever, the whole attempt (redirects
 * and reading the body included) must also finish within the {@code deadline}: twice the timeout, or
 * less when that is all that is left of the call's total deadline ({@code resilience.deadline}).
 */
record CallTimeout(Duration value, Duration deadline) {

    CallTimeout {
        requireNonNull(value, "value is null");
        requireNonNull(deadline, "deadline is null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + value);
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive: " + deadline);
        }
    }

    /** An attempt with all its time: the deadline is twice the timeout. */
    static CallTimeout of(Duration value) {
        return new CallTimeout(value, value.multipliedBy(2));
    }

    /** The same timeout with the deadline cut to {@code left} when less than that remains. */
    CallTimeout within(Duration left) {
        return left.compareTo(deadline) < 0 ? new CallTimeout(value, left) : this;
    }

    /** Whether the deadline is the call's remaining total rather than twice the timeout. */
    boolean cutByTotalDeadline() {
        return deadline.compareTo(value.multipliedBy(2)) < 0;
    }

    /** OkHttp takes int milliseconds; anything longer than ~24 days is treated as that. */
    int millis() {
        return (int) Math.min(Integer.MAX_VALUE, value.toMillis());
    }
}
