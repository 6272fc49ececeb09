package io.cadbridge.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.json.JsonValue;
import io.cadbridge.support.jackson.JsonValues;
import java.io.IOException;
import java.net.ProtocolException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** Reads a Retrofit response into the domain's {@link CrmResponse}; the body is already capped by {@link ResponseSizeLimit}. */
final class CrmResponses {

    private CrmResponses() {}

    /** The duration runs from {@code startNanos} until the body is fully read. */
    static CrmResponse read(Response<ResponseBody> response, long startNanos) throws IOException {
        if (response.code() < 100 || response.code() > 599) {
            throw new ProtocolException("HTTP status " + response.code() + " is outside 100..599");
        }
        String text = text(response);
        Duration duration = Duration.ofNanos(System.nanoTime() - startNanos);
        return new CrmResponse(response.code(), headers(response.headers()), json(text), text, duration);
    }

    /** Successful bodies stream (see {@link CrmService}); error bodies were buffered by Retrofit; 204/205 have none. */
    private static String text(Response<ResponseBody> response) throws IOException {
        ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
        if (body == null) {
            return "";
        }
        try (body) {
            return body.string();
        }
    }

    /**
     * Names in lower case, the values of a repeated header joined by ", " in the order received: what
     * {@link Headers#toMultimap()} gives, without its sorted map and lists ({@link CrmResponse} sorts anyway).
     */
    static Map<String, String> headers(Headers headers) {
        Map<String, String> joined = HashMap.newHashMap(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            joined.merge(
                    headers.name(i).toLowerCase(Locale.US), headers.value(i), (first, next) -> first + ", " + next);
        }
        return joined;
    }

    /** The raw text is kept either way; {@code json} is present only when the whole text parses. */
    static Optional<JsonValue> json(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonValues.parseStrict(text));
        } catch (JsonProcessingException | NumberFormatException notJson) {
            // NumberFormatException: a number whose exponent BigDecimal cannot hold; kept as text.
            return Optional.empty();
        }
    }
}
