package io.cadbridge.domain.exchange;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The circuit breaker of one integration's CRM calls, as it stands.
 *
 * @param failureRate percent of the judged calls that failed; empty until enough calls were made to judge
 * @param bufferedCalls calls the breaker currently judges
 * @param failedCalls of those, the failed ones (timeouts, connection errors, HTTP 5xx)
 * @param retryAt when an open breaker lets trial calls through again
 */
public record CircuitView(
        State state, OptionalDouble failureRate, int bufferedCalls, int failedCalls, Optional<Instant> retryAt) {

    /** A breaker that has judged no call yet: closed, nothing counted. */
    public static final CircuitView UNUSED =
            new CircuitView(State.CLOSED, OptionalDouble.empty(), 0, 0, Optional.empty());

    public enum State {
        /** Calls are sent. */
        CLOSED,
        /** Too many calls failed: none is sent until {@code retryAt}. */
        OPEN,
        /** A few trial calls decide whether it closes or opens again. */
        HALF_OPEN
    }

    public CircuitView {
        requireNonNull(state, "state is null");
        requireNonNull(failureRate, "failureRate is null");
        if (bufferedCalls < 0 || failedCalls < 0 || failedCalls > bufferedCalls) {
            throw new IllegalArgumentException(
                    "need 0 <= failedCalls <= bufferedCalls: " + failedCalls + ", " + bufferedCalls);
        }
        requireNonNull(retryAt, "retryAt is null");
    }
}
