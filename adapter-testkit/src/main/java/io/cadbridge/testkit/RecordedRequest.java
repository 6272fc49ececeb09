package io.cadbridge.testkit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cadbridge.json.JsonValue;
import io.cadbridge.support.jackson.JsonValues;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request that reached a {@link FakeVendorServer}, as it arrived.
 *
 * @param receivedAt when the fake read it
 * @param method {@code GET}, {@code POST}, …
 * @param path the decoded path, without the query
 * @param query the decoded query parameters, in order (a repeated name keeps its last value)
 * @param headers the headers, names in lower case (a repeated header keeps its first value)
 * @param body the body as text, empty when there was none
 */
public record RecordedRequest(
        Instant receivedAt,
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        String body) {

    public RecordedRequest {
        requireNonNull(receivedAt, "receivedAt is null");
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(query, "query is null")));
        TreeMap<String, String> lowerCase = new TreeMap<>();
        requireNonNull(headers, "headers is null")
                .forEach((name, value) -> lowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lowerCase);
        requireNonNull(body, "body is null");
    }

    /** A header, by its name in any case. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** A query parameter, decoded. */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /**
     * The body as JSON.
     *
     * @throws IllegalArgumentException when it is not JSON: a fake answers that with a 400, as vendors do
     */
    public JsonValue json() {
        try {
            return JsonValues.parse(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The body as an {@code application/x-www-form-urlencoded} form (a token request's), decoded. */
    public Map<String, String> form() {
        return parseQuery(body);
    }

    /**
     * Whether a token request authenticates this OAuth client (RFC 6749 §2.3.1): HTTP Basic with the
     * form-encoded id and secret, or {@code client_id} and {@code client_secret} in the form.
     */
    public boolean hasClientCredentials(String clientId, String clientSecret) {
        Optional<String> basic = header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
                .map(value ->
                        new String(Base64.getDecoder().decode(value.substring(6).strip()), StandardCharsets.UTF_8));
        if (basic.isPresent()) {
            return basic.get().equals(encode(clientId) + ":" + encode(clientSecret));
        }
        Map<String, String> form = form();
        return clientId.equals(form.get("client_id")) && clientSecret.equals(form.get("client_secret"));
    }

    /** The same call (method, path, query and body): how a retry is recognised. */
    public boolean sameCallAs(RecordedRequest other) {
        return method.equals(other.method)
                && path.equals(other.path)
                && query.equals(other.query)
                && body.equals(other.body);
    }

    /** Parses a raw query string ({@code a=1&b=x%20y}); {@code null} or empty gives no parameters. */
    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(decode(name), decode(value));
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query);
    }
}
