package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** The optional {@code resilience} object: retries, circuit breaker, concurrency, rate limit, cache and deadline. */
final class ResilienceCompiler {

    static final Set<String> FIELDS =
            Set.of("retries", "circuitBreaker", "maxConcurrentCalls", "rateLimit", "cache", "deadline");
    static final Set<String> RETRY_FIELDS = Set.of("maxAttempts", "initialBackoff", "maxBackoff", "maxRetryAfter");
    static final Set<String> BREAKER_FIELDS = Set.of("failureRateThreshold", "minimumCalls", "openFor");
    static final Set<String> CACHE_FIELDS = Set.of("ttl");

    private final Problems problems;
    private final Numbers numbers;

    ResilienceCompiler(Problems problems) {
        this.problems = problems;
        this.numbers = new Numbers(problems);
    }

    Resilience compile(JsonValue value, String at) {
        Optional<JsonObject> maybeResilience = problems.object(value, at, "an object");
        if (maybeResilience.isEmpty()) {
            return Resilience.DEFAULTS;
        }
        JsonObject resilience = maybeResilience.get();
        problems.checkFields(resilience, at, FIELDS);
        RetrySettings retries = member(resilience, "retries")
                .map(r -> retries(r, child(at, "retries")))
                .orElse(RetrySettings.DEFAULTS);
        CircuitBreakerSettings breaker = member(resilience, "circuitBreaker")
                .map(b -> circuitBreaker(b, child(at, "circuitBreaker")))
                .orElse(CircuitBreakerSettings.DEFAULTS);
        int concurrent = member(resilience, "maxConcurrentCalls")
                .map(c -> numbers.whole(
                        c, child(at, "maxConcurrentCalls"), 1, 10_000, Resilience.DEFAULT_MAX_CONCURRENT_CALLS))
                .orElse(Resilience.DEFAULT_MAX_CONCURRENT_CALLS);
        OptionalDouble rateLimit = member(resilience, "rateLimit")
                .map(r -> numbers.positive(r, child(at, "rateLimit"), 10_000, "calls per second"))
                .map(OptionalDouble::of)
                .orElse(OptionalDouble.empty());
        Optional<Duration> cacheTtl = member(resilience, "cache").flatMap(c -> cacheTtl(c, child(at, "cache")));
        Optional<Duration> deadline =
                member(resilience, "deadline").map(d -> numbers.seconds(d, child(at, "deadline"), false, 3600));
        return new Resilience(retries, breaker, concurrent, rateLimit, cacheTtl, deadline);
    }

    private RetrySettings retries(JsonValue value, String at) {
        Optional<JsonObject> maybeRetries = problems.object(value, at, "an object such as {\"maxAttempts\": 3}");
        if (maybeRetries.isEmpty()) {
            return RetrySettings.DEFAULTS;
        }
        JsonObject retries = maybeRetries.get();
        problems.checkFields(retries, at, RETRY_FIELDS);
        RetrySettings defaults = RetrySettings.DEFAULTS;
        int attempts = member(retries, "maxAttempts")
                .map(a -> numbers.whole(a, child(at, "maxAttempts"), 1, 10, defaults.maxAttempts()))
                .orElse(defaults.maxAttempts());
        Duration initial = member(retries, "initialBackoff")
                .map(b -> numbers.seconds(b, child(at, "initialBackoff"), false, 60))
                .orElse(defaults.initialBackoff());
        Duration maximum = member(retries, "maxBackoff")
                .map(b -> numbers.seconds(b, child(at, "maxBackoff"), false, 300))
                .orElse(defaults.maxBackoff().compareTo(initial) < 0 ? initial : defaults.maxBackoff());
        if (maximum.compareTo(initial) < 0) {
            problems.add(
                    child(at, "maxBackoff"),
                    "must be at least \"initialBackoff\" (" + initial.toMillis() / 1000.0 + " s)");
            maximum = initial;
        }
        Duration retryAfter = member(retries, "maxRetryAfter")
                .map(r -> numbers.seconds(r, child(at, "maxRetryAfter"), true, 600))
                .orElse(defaults.maxRetryAfter());
        return new RetrySettings(attempts, initial, maximum, retryAfter);
    }

    private CircuitBreakerSettings circuitBreaker(JsonValue value, String at) {
        Optional<JsonObject> maybeBreaker =
                problems.object(value, at, "an object such as {\"failureRateThreshold\": 50}");
        if (maybeBreaker.isEmpty()) {
            return CircuitBreakerSettings.DEFAULTS;
        }
        JsonObject breaker = maybeBreaker.get();
        problems.checkFields(breaker, at, BREAKER_FIELDS);
        CircuitBreakerSettings defaults = CircuitBreakerSettings.DEFAULTS;
        double threshold = member(breaker, "failureRateThreshold")
                .map(t -> numbers.positive(t, child(at, "failureRateThreshold"), 100, "percent"))
                .orElse(defaults.failureRateThreshold());
        int minimumCalls = member(breaker, "minimumCalls")
                .map(m -> numbers.whole(m, child(at, "minimumCalls"), 1, 1000, defaults.minimumCalls()))
                .orElse(defaults.minimumCalls());
        Duration openFor = member(breaker, "openFor")
                .map(o -> numbers.seconds(o, child(at, "openFor"), false, 3600))
                .orElse(defaults.openFor());
        return new CircuitBreakerSettings(threshold, minimumCalls, openFor);
    }

    private Optional<Duration> cacheTtl(JsonValue value, String at) {
        Optional<JsonObject> cache =
                problems.object(value, at, "an object such as {\"ttl\": 60}, or null for no cache");
        if (cache.isEmpty()) {
            return Optional.empty();
        }
        problems.checkFields(cache.get(), at, CACHE_FIELDS);
        Optional<JsonValue> ttl = member(cache.get(), "ttl");
        if (ttl.isEmpty()) {
            problems.add(child(at, "ttl"), "is required: how many seconds an answer is reused, such as 60");
            return Optional.empty();
        }
        return Optional.of(numbers.seconds(ttl.get(), child(at, "ttl"), false, 86_400));
    }

    /** A member that is absent or {@code null} takes its default. */
    private static Optional<JsonValue> member(JsonObject object, String name) {
        return object.get(name).filter(value -> !(value instanceof JsonNull));
    }
}
