package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The integration's timeout, attached to each call as a Retrofit {@code @Tag}.
 *
 * <p>Connecting, writing and each read wait at most {@code value}. Because a server that trickles one
 * byte just before every read timeout could otherwise hold a call forever, the whole call (redirects
 * and reading the body included) must also finish within the {@link #deadline()}: twice the timeout.
 */
record CallTimeout(Duration value) {

    CallTimeout {
        requireNonNull(value, "value is null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + value);
        }
    }

    Duration deadline() {
        return value.multipliedBy(2);
    }

    /** OkHttp takes int milliseconds; anything longer than ~24 days is treated as that. */
    int millis() {
        return (int) Math.min(Integer.MAX_VALUE, value.toMillis());
    }
}
