package io.cadbridge.adapters.http;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.integration.IntegrationId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The message for a call the circuit breaker refused: which integration, why, and when it tries again. */
final class CircuitRefusals {

    private CircuitRefusals() {}

    static CrmCallException refusal(IntegrationGuard guard, Instant now) {
        IntegrationId integration = guard.integration();
        CircuitBreaker breaker = guard.breaker();
        String prefix = "circuit breaker of integration " + integration + " is "
                + breaker.getState().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": ";
        if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
            return new CrmCallException(
                    Kind.CIRCUIT_OPEN,
                    prefix
                            + "trial calls to its CRM are in progress; no request was sent, the next event will try again");
        }
        String why = "the last " + breaker.getMetrics().getNumberOfBufferedCalls() + " calls failed "
                + Math.round(breaker.getMetrics().getFailureRate())
                + " % of the time (timeouts, connection errors or HTTP 5xx)";
        String when = guard.retryAt()
                .map(at -> "; no request is sent until " + at.truncatedTo(ChronoUnit.SECONDS) + " (in "
                        + remaining(now, at) + ")")
                .orElse("; no request is sent");
        return new CrmCallException(Kind.CIRCUIT_OPEN, prefix + why + when);
    }

    private static String remaining(Instant now, Instant at) {
        Duration left = Duration.between(now, at);
        return HumanDuration.describe(left.isNegative() ? Duration.ZERO : left.truncatedTo(ChronoUnit.SECONDS));
    }
}
