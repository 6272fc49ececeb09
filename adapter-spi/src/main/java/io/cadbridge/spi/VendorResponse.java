package io.cadbridge.spi;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The vendor's answer to one {@link VendorRequest}. Header names are lower case; {@code json} is the
 * body when it parsed as JSON, {@code text} the body otherwise.
 */
public record VendorResponse(int status, Map<String, String> headers, Optional<JsonValue> json, String text) {

    public VendorResponse {
        TreeMap<String, String> lowerCase = new TreeMap<>();
        requireNonNull(headers, "headers is null")
                .forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lowerCase);
        requireNonNull(json, "json is null");
        requireNonNull(text, "text is null");
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The JSON body of a successful answer.
     *
     * @throws VendorException the usual reading of a failure: 401 and 403 {@code UNAUTHORIZED}, 429
     *     {@code THROTTLED}, other statuses {@code REFUSED} or {@code UNAVAILABLE} (5xx), a body that
     *     is not JSON {@code BAD_ANSWER}; each names the vendor call ({@code purpose})
     */
    public JsonValue body(String purpose) throws VendorException {
        if (!isSuccessful()) {
            throw VendorException.forStatus(purpose, this);
        }
        return json.orElseThrow(() -> new VendorException(
                VendorException.Kind.BAD_ANSWER, purpose + ": the answer (HTTP " + status + ") is not JSON"));
    }
}
