package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call through an integration's guard: tried again as {@link RetryPolicy} decides (Resilience4j's
 * {@link Retry} counts and waits), each attempt passing the circuit breaker, the rate limiter and the
 * bulkhead, everything within the call's total deadline ({@code resilience.deadline}).
 */
final class GuardedCall {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedCall.class);
    private static final Duration LEAST = Duration.ofMillis(1);

    /**
     * What an attempt came to; {@code retryIn} is present when it is to be tried again after that wait. A failure that is
     * to be tried again is a result too, so Resilience4j's {@link Retry} retries on results only; a thrown failure is final.
     */
    sealed interface Attempt {
        Optional<Duration> retryIn();

        record Answered(CrmResponse response, Optional<Duration> retryIn) implements Attempt {}

        record Failed(CrmCallException failure, Optional<Duration> retryIn) implements Attempt {}
    }

    private final IntegrationGuard guard;
    private final OutboundRequest request;
    private final CallTarget target;
    private final CrmExchange exchange;
    private final CheckedCall checked;
    private final Duration total;
    private final long deadlineNanos;
    private int attempts;
    private boolean waitedForTurn;
    /** A slot that took longer than this to get counts as a wait: the attempt gets what is left of the deadline. */
    private static final long WAITED_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /** @param checked the call {@link CrmCalls#check} built, which the first attempt sends when it fits */
    GuardedCall(
            IntegrationGuard guard,
            OutboundRequest request,
            CallTarget target,
            CrmExchange exchange,
            CheckedCall checked) {
        this.guard = requireNonNull(guard, "guard is null");
        this.request = requireNonNull(request, "request is null");
        this.target = requireNonNull(target, "target is null");
        this.exchange = requireNonNull(exchange, "exchange is null");
        this.checked = requireNonNull(checked, "checked is null");
        this.total = request.resilience().deadline(request.timeout());
        this.deadlineNanos = System.nanoTime() + total.toNanos();
    }

    /** The timeout of a first attempt that did not wait for its turn: it may take the whole total deadline. */
    static CallTimeout firstAttemptTimeout(OutboundRequest request) {
        return CallTimeout.of(request.timeout())
                .within(atLeastOneMillisecond(request.resilience().deadline(request.timeout())));
    }

    CrmResponse run() throws CrmCallException {
        Attempt last;
        try {
            last = Retry.decorateCheckedSupplier(guard.retry(), this::attempt).get();
        } catch (CrmCallException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
        return switch (last) {
            case Attempt.Answered answered -> answered.response();
            // The last attempt never asks for another; should Resilience4j stop first, its failure stands.
            case Attempt.Failed failed -> throw failed.failure();
        };
    }

    private Attempt attempt() throws CrmCallException {
        int attempt = ++attempts;
        CrmResponse response;
        try {
            response = once();
        } catch (CrmCallException failure) {
            return afterFailure(failure, attempt);
        }
        return switch (guard.retryPolicy().afterAnswer(request.method(), response, attempt, left())) {
            case RetryPolicy.Decision.Again again -> {
                LOG.debug(
                        "{} for integration {}: attempt {} answered HTTP {}, trying again in {}",
                        target,
                        guard.integration(),
                        attempt,
                        response.status(),
                        HumanDuration.describe(again.delay()));
                yield new Attempt.Answered(response, Optional.of(again.delay()));
            }
            case RetryPolicy.Decision.Stop stop ->
                new Attempt.Answered(stop.note().map(response::withRetryNote).orElse(response), Optional.empty());
        };
    }

    private Attempt afterFailure(CrmCallException failure, int attempt) throws CrmCallException {
        return switch (guard.retryPolicy().afterFailure(request.method(), failure, attempt, left())) {
            case RetryPolicy.Decision.Again again -> {
                LOG.debug(
                        "{} for integration {}: attempt {} failed ({}), trying again in {}",
                        target,
                        guard.integration(),
                        attempt,
                        failure.kind(),
                        HumanDuration.describe(again.delay()));
                yield new Attempt.Failed(failure, Optional.of(again.delay()));
            }
            case RetryPolicy.Decision.Stop stop ->
                throw stop.note().map(note -> withNote(failure, note)).orElse(failure);
        };
    }

    /** One attempt: breaker, rate limiter, bulkhead, then the exchange, its outcome recorded by the breaker. */
    private CrmResponse once() throws CrmCallException {
        CircuitBreaker breaker = guard.breaker();
        if (!breaker.tryAcquirePermission()) {
            LOG.debug(
                    "{} for integration {} not sent: circuit breaker {}",
                    target,
                    guard.integration(),
                    breaker.getState());
            throw CircuitRefusals.refusal(guard, guard.now());
        }
        try {
            awaitTurn();
            enterBulkhead();
        } catch (CrmCallException notSent) {
            breaker.releasePermission();
            throw notSent;
        }
        long start = System.nanoTime();
        try {
            CrmResponse response = exchange.send(
                    request, target, CallTimeout.of(request.timeout()).within(budget()), checked);
            breaker.onResult(System.nanoTime() - start, TimeUnit.NANOSECONDS, response);
            return response;
        } catch (CrmCallException | RuntimeException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            throw e;
        } finally {
            guard.bulkhead().onComplete();
        }
    }

    private void awaitTurn() throws CrmCallException {
        if (guard.rateLimiter().isEmpty()) {
            return;
        }
        long nanos = guard.rateLimiter().get().reservePermission();
        if (nanos < 0 || nanos >= left().toNanos()) {
            throw CallLimits.rateLimited(guard.integration(), request, target);
        }
        if (nanos > 0) {
            waitedForTurn = true;
            try {
                Thread.sleep(Duration.ofNanos(nanos));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CrmCallException(
                        Kind.CONNECTION,
                        target + " was not sent: interrupted while waiting for its turn"
                                + " under the rate limit (is the service shutting down?)");
            }
        }
    }

    private void enterBulkhead() throws CrmCallException {
        long start = System.nanoTime();
        boolean entered = guard.bulkhead().tryAcquirePermission();
        if (System.nanoTime() - start > WAITED_NANOS) {
            waitedForTurn = true;
        }
        if (!entered) {
            throw CallLimits.bulkheadFull(guard.integration(), request, target);
        }
    }

    private Duration left() {
        return Duration.ofNanos(deadlineNanos - System.nanoTime());
    }

    /** What this attempt may take: the whole total for an unhindered first attempt (not the total less a few microseconds), else what is left. */
    private Duration budget() {
        return atLeastOneMillisecond(attempts == 1 && !waitedForTurn ? total : left());
    }

    private static Duration atLeastOneMillisecond(Duration left) {
        return left.compareTo(LEAST) < 0 ? LEAST : left;
    }

    private static CrmCallException withNote(CrmCallException failure, String note) {
        return new CrmCallException(failure.kind(), failure.getMessage() + " (" + note + ")", failure.getCause());
    }
}
