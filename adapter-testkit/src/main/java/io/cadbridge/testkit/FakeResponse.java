package io.cadbridge.testkit;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link FakeVendorServer} answers to one request.
 *
 * @param status the HTTP status
 * @param headers response headers ({@code Content-Type} included when there is a body)
 * @param body the body, empty for none
 */
public record FakeResponse(int status, Map<String, String> headers, String body) {

    public FakeResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        headers = Map.copyOf(requireNonNull(headers, "headers is null"));
        requireNonNull(body, "body is null");
    }

    /** A JSON answer. */
    public static FakeResponse json(int status, JsonValue body) {
        return json(status, body.toJson());
    }

    /** A JSON answer from JSON text, as a vendor's documentation shows it. */
    public static FakeResponse json(int status, String jsonText) {
        return new FakeResponse(status, Map.of("Content-Type", "application/json; charset=utf-8"), jsonText);
    }

    /** A plain-text answer (an HTML error page, a proxy's complaint). */
    public static FakeResponse text(int status, String text) {
        return new FakeResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8"), text);
    }

    /** An answer without a body. */
    public static FakeResponse empty(int status) {
        return new FakeResponse(status, Map.of(), "");
    }

    /** This answer with one more header. */
    public FakeResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(requireNonNull(name, "name is null"), requireNonNull(value, "value is null"));
        return new FakeResponse(status, more, body);
    }
}
