package io.cadbridge.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** What the contract allows as an answer to {@code POST /v1/events}, and how long a client waits before sending again. */
final class EventAnswerRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);
    private static final Duration DEFAULT_RETRY_PAUSE = Duration.ofSeconds(1);

    private EventAnswerRules() {}

    /** Empty when the answer keeps the contract: a 2xx, or a 503 with a JSON error and a Retry-After in seconds. */
    static Optional<String> violation(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return Optional.empty();
        }
        if (status != 503) {
            return Optional.of("unexpected status " + status + ": " + response.body());
        }
        if (!hasJsonError(response.body())) {
            return Optional.of("503 without a JSON error body: " + response.body());
        }
        return retryAfter(response).isPresent()
                ? Optional.empty()
                : Optional.of("503 without a Retry-After in seconds: "
                        + response.headers().firstValue("Retry-After").orElse("(none)"));
    }

    /** The Retry-After of a 503 (at most 5 s), else a second. */
    static Duration retryPause(HttpResponse<String> response) {
        return retryAfter(response)
                .map(asked -> asked.compareTo(MAX_RETRY_PAUSE) > 0 ? MAX_RETRY_PAUSE : asked)
                .orElse(DEFAULT_RETRY_PAUSE);
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        try {
            return response.headers()
                    .firstValue("Retry-After")
                    .map(value -> Duration.ofSeconds(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean hasJsonError(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.path("error").isObject();
        } catch (IOException e) {
            return false;
        }
    }
}
