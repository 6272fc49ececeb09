package io.cadbridge.domain.integration;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ResilienceCompilerTest {

    private static final JsonObject GET = obj("method", "GET");

    @Test
    void withoutResilienceTheDocumentedDefaultsApply() {
        Resilience resilience = compile(obj("request", GET)).resilience();

        assertThat(resilience).isEqualTo(Resilience.DEFAULTS);
        assertThat(resilience.retries())
                .isEqualTo(new RetrySettings(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30)));
        assertThat(resilience.circuitBreaker()).isEqualTo(new CircuitBreakerSettings(50, 10, Duration.ofSeconds(30)));
        assertThat(resilience.maxConcurrentCalls()).isEqualTo(100);
        assertThat(resilience.rateLimit()).isEmpty();
        assertThat(resilience.cacheTtl()).isEmpty();
        assertThat(resilience.deadline(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void everyMemberIsRead() {
        Resilience resilience = compile(obj(
                        "request",
                        GET,
                        "resilience",
                        obj(
                                "retries",
                                obj("maxAttempts", 5, "initialBackoff", 0.1, "maxBackoff", 2, "maxRetryAfter", 0),
                                "circuitBreaker",
                                obj("failureRateThreshold", 25.5, "minimumCalls", 4, "openFor", 12),
                                "maxConcurrentCalls",
                                7,
                                "rateLimit",
                                2.5,
                                "cache",
                                obj("ttl", 90),
                                "deadline",
                                45)))
                .resilience();

        assertThat(resilience)
                .isEqualTo(new Resilience(
                        new RetrySettings(5, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ZERO),
                        new CircuitBreakerSettings(25.5, 4, Duration.ofSeconds(12)),
                        7,
                        OptionalDouble.of(2.5),
                        Optional.of(Duration.ofSeconds(90)),
                        Optional.of(Duration.ofSeconds(45))));
        assertThat(resilience.deadline(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void nullAndMissingMembersTakeTheirDefaults() {
        Resilience resilience = compile(obj(
                        "request",
                        GET,
                        "resilience",
                        obj(
                                "retries",
                                obj("maxAttempts", 1),
                                "rateLimit",
                                JsonNull.INSTANCE,
                                "cache",
                                JsonNull.INSTANCE)))
                .resilience();

        assertThat(resilience)
                .isEqualTo(new Resilience(
                        new RetrySettings(1, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30)),
                        CircuitBreakerSettings.DEFAULTS,
                        100,
                        OptionalDouble.empty(),
                        Optional.empty(),
                        Optional.empty()));
        assertThat(compile(obj("request", GET, "resilience", JsonNull.INSTANCE)).resilience())
                .isEqualTo(Resilience.DEFAULTS);
    }

    @Test
    void theDefaultDeadlineGrowsWithTheTimeoutAndTheAttempts() {
        Resilience resilience = compile(obj("request", GET, "resilience", obj("retries", obj("maxAttempts", 2))))
                .resilience();

        assertThat(resilience.deadline(Duration.ofMillis(500))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void outOfRangeValuesAreProblemsAtTheirPointers() {
        List<ValidationProblem> problems = problemsOf(obj(
                "request",
                GET,
                "resilience",
                obj(
                        "retries",
                        obj("maxAttempts", 0, "initialBackoff", -1, "maxRetryAfter", 601),
                        "circuitBreaker",
                        obj("failureRateThreshold", 101, "minimumCalls", 2.5, "openFor", "30"),
                        "maxConcurrentCalls",
                        0,
                        "rateLimit",
                        0,
                        "cache",
                        obj(),
                        "deadline",
                        3601)));

        assertThat(problems)
                .extracting(ValidationProblem::pointer)
                .containsExactlyInAnyOrder(
                        "/configuration/resilience/retries/maxAttempts",
                        "/configuration/resilience/retries/initialBackoff",
                        "/configuration/resilience/retries/maxRetryAfter",
                        "/configuration/resilience/circuitBreaker/failureRateThreshold",
                        "/configuration/resilience/circuitBreaker/minimumCalls",
                        "/configuration/resilience/circuitBreaker/openFor",
                        "/configuration/resilience/maxConcurrentCalls",
                        "/configuration/resilience/rateLimit",
                        "/configuration/resilience/cache/ttl",
                        "/configuration/resilience/deadline");
        assertThat(problems)
                .filteredOn(problem -> problem.pointer().endsWith("/maxAttempts"))
                .singleElement()
                .extracting(ValidationProblem::message)
                .isEqualTo("must be a whole number from 1 to 10, not 0");
        assertThat(problems)
                .filteredOn(problem -> problem.pointer().endsWith("/maxRetryAfter"))
                .singleElement()
                .extracting(ValidationProblem::message)
                .isEqualTo("must be a number of seconds from 0 to 600, not 601");
        assertThat(problems)
                .filteredOn(problem -> problem.pointer().endsWith("/openFor"))
                .singleElement()
                .extracting(ValidationProblem::message)
                .isEqualTo("must be a number of seconds of at least 0.001 and at most 3600, not \"30\"");
    }

    @Test
    void maxBackoffBelowInitialBackoffIsRejected() {
        assertThat(problemsOf(
                        obj("request", GET, "resilience", obj("retries", obj("initialBackoff", 2, "maxBackoff", 1)))))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.pointer()).isEqualTo("/configuration/resilience/retries/maxBackoff");
                    assertThat(problem.message()).isEqualTo("must be at least \"initialBackoff\" (2.0 s)");
                });
    }

    @Test
    void anInitialBackoffAboveTheDefaultMaximumRaisesTheMaximum() {
        RetrySettings retries = compile(obj("request", GET, "resilience", obj("retries", obj("initialBackoff", 8))))
                .resilience()
                .retries();

        assertThat(retries.maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void misspeltMembersGetASuggestion() {
        List<ValidationProblem> problems = problemsOf(obj(
                "request",
                GET,
                "resilience",
                obj("retrys", obj(), "circuitBreaker", obj("openfor", 3), "cache", obj("tll", 5))));

        assertThat(problems)
                .extracting(ValidationProblem::pointer)
                .containsExactlyInAnyOrder(
                        "/configuration/resilience/retrys", "/configuration/resilience/circuitBreaker/openfor",
                        "/configuration/resilience/cache/tll", "/configuration/resilience/cache/ttl");
        assertThat(problems)
                .filteredOn(problem -> problem.pointer().endsWith("/retrys"))
                .singleElement()
                .extracting(ValidationProblem::message)
                .asString()
                .startsWith("unknown field (did you mean \"retries\"?)");
        assertThat(problems)
                .filteredOn(problem -> problem.pointer().endsWith("/openfor"))
                .singleElement()
                .extracting(ValidationProblem::message)
                .asString()
                .startsWith("unknown field (did you mean \"openFor\"?)");
    }

    @Test
    void resilienceMustBeAnObject() {
        assertThat(problemsOf(obj("request", GET, "resilience", "fast")))
                .singleElement()
                .isEqualTo(new ValidationProblem("/configuration/resilience", "must be an object"));
    }

    private static IntegrationConfiguration compile(JsonObject configuration) {
        return IntegrationConfiguration.compile(configuration, "/configuration");
    }

    private static List<ValidationProblem> problemsOf(JsonObject configuration) {
        try {
            compile(configuration);
        } catch (ValidationException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in " + configuration.toJson());
    }
}
