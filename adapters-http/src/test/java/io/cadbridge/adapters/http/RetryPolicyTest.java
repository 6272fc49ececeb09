package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.RetrySettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Duration PLENTY = Duration.ofMinutes(1);
    private final MutableClock clock = new MutableClock();
    private final RetryPolicy policy = new RetryPolicy(
            new RetrySettings(3, Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(30)), clock);

    private static CrmResponse answer(int status, Map<String, String> headers) {
        return new CrmResponse(status, headers, Optional.empty(), "", Duration.ZERO);
    }

    private static CrmCallException failure(Kind kind, IOException cause) {
        return new CrmCallException(kind, "failed", cause);
    }

    @Test
    void backoffGrowsWithJitterAndNeverPassesTheMaximum() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            RetryPolicy.Decision decision = policy.afterAnswer(HttpMethod.GET, answer(503, Map.of()), attempt, PLENTY);
            Duration base = Duration.ofMillis(200L << (attempt - 1));
            assertThat(decision)
                    .isInstanceOfSatisfying(
                            RetryPolicy.Decision.Again.class,
                            again -> assertThat(again.delay()).isBetween(base.dividedBy(2), Duration.ofSeconds(1)));
        }
    }

    @Test
    void theLastAttemptStopsAndSaysHowManyThereWere() {
        assertThat(policy.afterAnswer(HttpMethod.GET, answer(503, Map.of()), 3, PLENTY))
                .isEqualTo(new RetryPolicy.Decision.Stop(Optional.of("after 3 attempts")));
    }

    @Test
    void onlyIdempotentMethodsAreRetriedOnGatewayErrorsAndTimeouts() {
        for (HttpMethod method : HttpMethod.values()) {
            boolean idempotent = method == HttpMethod.GET || method == HttpMethod.PUT || method == HttpMethod.DELETE;
            assertThat(
                            policy.afterAnswer(method, answer(504, Map.of()), 1, PLENTY)
                                    instanceof RetryPolicy.Decision.Again)
                    .as("504 for %s", method)
                    .isEqualTo(idempotent);
            assertThat(
                            policy.afterFailure(method, failure(Kind.TIMEOUT, new SocketTimeoutException()), 1, PLENTY)
                                    instanceof RetryPolicy.Decision.Again)
                    .as("timeout for %s", method)
                    .isEqualTo(idempotent);
            assertThat(policy.afterAnswer(method, answer(429, Map.of()), 1, PLENTY))
                    .as("429 for %s", method)
                    .isInstanceOf(RetryPolicy.Decision.Again.class);
            assertThat(policy.afterFailure(
                            method, failure(Kind.CONNECTION, new ConnectException("refused")), 1, PLENTY))
                    .as("refused connection for %s", method)
                    .isInstanceOf(RetryPolicy.Decision.Again.class);
        }
    }

    @Test
    void configurationProblemsAndOtherAnswersAreNotRetried() {
        assertThat(policy.afterFailure(
                        HttpMethod.GET, failure(Kind.CONNECTION, new UnknownHostException("x")), 1, PLENTY))
                .isEqualTo(new RetryPolicy.Decision.Stop(Optional.empty()));
        assertThat(policy.afterFailure(HttpMethod.GET, failure(Kind.INVALID_RESPONSE, new IOException()), 1, PLENTY))
                .isEqualTo(new RetryPolicy.Decision.Stop(Optional.empty()));
        assertThat(policy.afterAnswer(HttpMethod.GET, answer(500, Map.of()), 1, PLENTY))
                .isEqualTo(new RetryPolicy.Decision.Stop(Optional.empty()));
        assertThat(policy.afterAnswer(HttpMethod.GET, answer(404, Map.of()), 2, PLENTY))
                .isEqualTo(new RetryPolicy.Decision.Stop(Optional.of("after 2 attempts")));
    }

    @Test
    void retryAfterIsHonouredInSecondsOrAsAnHttpDate() {
        assertThat(policy.afterAnswer(HttpMethod.POST, answer(429, Map.of("Retry-After", "7")), 1, PLENTY))
                .isEqualTo(new RetryPolicy.Decision.Again(Duration.ofSeconds(7)));
        assertThat(policy.afterAnswer(
                        HttpMethod.POST,
                        answer(503, Map.of("Retry-After", "Thu, 15 Jan 2026 09:00:12 GMT")),
                        1,
                        PLENTY))
                .isEqualTo(new RetryPolicy.Decision.Again(Duration.ofSeconds(12)));
        assertThat(policy.afterAnswer(
                        HttpMethod.POST,
                        answer(503, Map.of("Retry-After", "Thu, 15 Jan 2026 08:00:00 GMT")),
                        1,
                        PLENTY))
                .isEqualTo(new RetryPolicy.Decision.Again(Duration.ZERO));
    }

    @Test
    void aRetryAfterBeyondTheBoundStopsAndSaysWhy() {
        assertThat(policy.afterAnswer(HttpMethod.GET, answer(429, Map.of("Retry-After", "31")), 2, PLENTY))
                .isEqualTo(new RetryPolicy.Decision.Stop(
                        Optional.of("after 2 attempts; not retried: the CRM asked to wait 31 s (Retry-After),"
                                + " longer than resilience.retries.maxRetryAfter of 30 s")));
    }

    @Test
    void aWaitThatWouldPassTheDeadlineStops() {
        assertThat(policy.afterAnswer(
                        HttpMethod.GET, answer(429, Map.of("Retry-After", "5")), 1, Duration.ofSeconds(4)))
                .isEqualTo(new RetryPolicy.Decision.Stop(Optional.of(
                        "not retried: waiting 5 s would pass the call's total deadline, resilience.deadline")));
    }

    @Test
    void anUnreadableRetryAfterFallsBackToTheBackoff() {
        assertThat(RetryAfter.parse("soon", clock.instant())).isEmpty();
        assertThat(RetryAfter.parse("99999999999999", clock.instant()))
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofDays(300)));
        assertThat(policy.afterAnswer(HttpMethod.GET, answer(503, Map.of("Retry-After", "soon")), 1, PLENTY))
                .isInstanceOfSatisfying(
                        RetryPolicy.Decision.Again.class,
                        again -> assertThat(again.delay()).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    }
}
