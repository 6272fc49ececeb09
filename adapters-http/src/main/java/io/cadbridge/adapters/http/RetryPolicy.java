package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.RetrySettings;
import io.github.resilience4j.core.IntervalFunction;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * After each attempt, whether to try again and after how long (see docs/adr/0016-crm-call-resilience.md).
 *
 * <ul>
 *   <li>Any method is retried on HTTP 429 and 503 (the server says it did not process the request) and
 *       when the connection could not be opened (nothing was sent).</li>
 *   <li>GET, PUT and DELETE, which are idempotent, are also retried on timeouts, lost connections and
 *       HTTP 502 and 504. POST and PATCH are not: the CRM may have acted on them.</li>
 *   <li>An unknown host and a failed TLS handshake are configuration problems; retrying cannot help.</li>
 * </ul>
 *
 * The wait is the server's {@code Retry-After} when it gives one, else an exponential backoff with jitter.
 */
final class RetryPolicy {

    private static final Set<HttpMethod> IDEMPOTENT = EnumSet.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.DELETE);
    private static final double BACKOFF_MULTIPLIER = 2;
    private static final double JITTER = 0.5;

    /** What to do after an attempt. */
    sealed interface Decision {
        /** Try again after {@code delay}. */
        record Again(Duration delay) implements Decision {}

        /** Keep this outcome; {@code note} says why there was no (further) retry, when there is something to say. */
        record Stop(Optional<String> note) implements Decision {}
    }

    private final RetrySettings settings;
    private final IntervalFunction backoff;
    private final Clock clock;

    RetryPolicy(RetrySettings settings, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.backoff = IntervalFunction.ofExponentialRandomBackoff(
                settings.initialBackoff(), BACKOFF_MULTIPLIER, JITTER, settings.maxBackoff());
    }

    Decision afterAnswer(HttpMethod method, CrmResponse response, int attempt, Duration left) {
        int status = response.status();
        boolean serverDidNotProcess = status == 429 || status == 503;
        if (!serverDidNotProcess && !(IDEMPOTENT.contains(method) && (status == 502 || status == 504))) {
            return stop(attempt, Optional.empty());
        }
        Optional<Duration> asked = serverDidNotProcess
                ? Optional.ofNullable(response.headers().get("retry-after"))
                        .flatMap(value -> RetryAfter.parse(value, clock.instant()))
                : Optional.empty();
        if (asked.isPresent()
                && asked.get().compareTo(settings.maxRetryAfter()) > 0
                && attempt < settings.maxAttempts()) {
            return stop(
                    attempt,
                    Optional.of("not retried: the CRM asked to wait " + HumanDuration.describe(asked.get())
                            + " (Retry-After), longer than resilience.retries.maxRetryAfter of "
                            + HumanDuration.describe(settings.maxRetryAfter())));
        }
        return again(attempt, asked, left);
    }

    Decision afterFailure(HttpMethod method, CrmCallException failure, int attempt, Duration left) {
        boolean nothingSent = failure.getCause() instanceof ConnectException;
        boolean transientFailure = (failure.kind() == Kind.TIMEOUT || failure.kind() == Kind.CONNECTION)
                && !(failure.getCause() instanceof UnknownHostException)
                && !(failure.getCause() instanceof SSLException);
        if (!nothingSent && !(transientFailure && IDEMPOTENT.contains(method))) {
            return stop(attempt, Optional.empty());
        }
        return again(attempt, Optional.empty(), left);
    }

    private Decision again(int attempt, Optional<Duration> asked, Duration left) {
        if (attempt >= settings.maxAttempts()) {
            return stop(attempt, Optional.empty());
        }
        Duration wait = asked.orElseGet(() -> backoff(attempt));
        if (wait.compareTo(left) >= 0) {
            return stop(
                    attempt,
                    Optional.of("not retried: waiting " + HumanDuration.describe(wait)
                            + " would pass the call's total deadline, resilience.deadline"));
        }
        return new Decision.Again(wait);
    }

    private Duration backoff(int attempt) {
        Duration wait = Duration.ofMillis(backoff.apply(attempt));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private static Decision stop(int attempt, Optional<String> why) {
        List<String> parts = new ArrayList<>();
        if (attempt > 1) {
            parts.add("after " + attempt + " attempts");
        }
        why.ifPresent(parts::add);
        return new Decision.Stop(parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts)));
    }
}
