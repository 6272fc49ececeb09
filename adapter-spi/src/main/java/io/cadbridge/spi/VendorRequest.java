package io.cadbridge.spi;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One call to the vendor's API.
 *
 * @param purpose a few words for the run log and errors ({@code "contact search"})
 * @param method GET, POST, PUT, PATCH or DELETE
 * @param path starts with {@code /}; appended to the integration's base URL
 * @param query query parameters, in order, encoded by the host
 * @param headers extra headers (never authentication: the host adds it)
 * @param body a JSON body, for POST, PUT and PATCH
 */
public record VendorRequest(
        String purpose,
        String method,
        String path,
        Map<String, String> query,
        Map<String, String> headers,
        Optional<JsonValue> body) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    public VendorRequest {
        requireNonNull(purpose, "purpose is null");
        requireNonNull(method, "method is null");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("not an HTTP method the host sends: " + method);
        }
        requireNonNull(path, "path is null");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with '/': " + path);
        }
        query = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(query, "query is null")));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(headers, "headers is null")));
        requireNonNull(body, "body is null");
    }

    public static VendorRequest get(String purpose, String path) {
        return new VendorRequest(purpose, "GET", path, Map.of(), Map.of(), Optional.empty());
    }

    public static VendorRequest post(String purpose, String path, JsonValue body) {
        return new VendorRequest(purpose, "POST", path, Map.of(), Map.of(), Optional.of(body));
    }

    /** This request with one more query parameter. */
    public VendorRequest withQuery(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(requireNonNull(name, "name is null"), requireNonNull(value, "value is null"));
        return new VendorRequest(purpose, method, path, more, headers, body);
    }

    /** This request with one more header. */
    public VendorRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(requireNonNull(name, "name is null"), requireNonNull(value, "value is null"));
        return new VendorRequest(purpose, method, path, query, more, body);
    }
}
