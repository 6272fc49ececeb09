package io.cadbridge.domain.exchange;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the CRM answered. Header names are lower case. {@code json} is present when the body parsed
 * as JSON; {@code text} holds the body otherwise. {@code retryNote} says how the client came to give
 * up on a failed answer ("after 3 attempts", "not retried: …") so that the run log can tell; it is
 * not part of {@code {response}}.
 */
public record CrmResponse(
        int status,
        Map<String, String> headers,
        Optional<JsonValue> json,
        String text,
        Duration duration,
        Optional<String> retryNote) {

    public CrmResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        TreeMap<String, String> lowerCase = new TreeMap<>();
        requireNonNull(headers, "headers is null")
                .forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lowerCase);
        requireNonNull(json, "json is null");
        requireNonNull(text, "text is null");
        requireNonNull(duration, "duration is null");
        requireNonNull(retryNote, "retryNote is null");
    }

    public CrmResponse(
            int status, Map<String, String> headers, Optional<JsonValue> json, String text, Duration duration) {
        this(status, headers, json, text, duration, Optional.empty());
    }

    public CrmResponse withRetryNote(String note) {
        return new CrmResponse(status, headers, json, text, duration, Optional.of(note));
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The value of {@code {response}}: status, headers, body and duration in seconds. */
    public JsonObject toJson() {
        JsonObject.Builder headerObject = JsonObject.builder();
        new TreeMap<>(headers).forEach(headerObject::put);
        return JsonObject.builder()
                .put("status", JsonNumber.of(status))
                .put("headers", headerObject.build())
                .put("body", json.orElse(JsonValue.of(text.isEmpty() ? null : text)))
                .put(
                        "duration",
                        new JsonNumber(BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros()))
                .build();
    }
}
