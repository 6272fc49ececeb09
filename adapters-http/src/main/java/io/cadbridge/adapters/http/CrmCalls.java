package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.BasicCredentials;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** Turns a rendered {@link OutboundRequest} into a ready Retrofit call with its timeouts. */
final class CrmCalls {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final CrmService service;

    CrmCalls(CrmService service) {
        this.service = requireNonNull(service, "service is null");
    }

    /** Builds the call; a URL or header value HTTP cannot carry fails here, before the circuit breaker is asked. */
    Call<ResponseBody> prepare(OutboundRequest request, CallTarget target) throws CrmCallException {
        CallTimeout timeout = new CallTimeout(request.timeout());
        Call<ResponseBody> call = create(request, headers(request), timeout);
        try {
            // Creates OkHttp's call (and so the request); the deadline must be set before execute().
            call.timeout().timeout(timeout.deadline().toNanos(), TimeUnit.NANOSECONDS);
        } catch (IllegalArgumentException e) {
            // The cause is dropped on purpose: OkHttp's message may quote a header value.
            throw new CrmCallException(Kind.CONNECTION, "cannot send " + target + ": " + InvalidRequests.describe(request));
        }
        return call;
    }

    private Call<ResponseBody> create(OutboundRequest request, Map<String, String> headers, CallTimeout timeout) {
        String url = request.url();
        Map<String, String> query = request.queryParameters();
        return switch (request.method()) {
            case GET -> service.get(url, headers, query, timeout);
            case DELETE -> service.delete(url, headers, query, timeout);
            case POST -> service.post(url, headers, query, body(request), timeout);
            case PUT -> service.put(url, headers, query, body(request), timeout);
            case PATCH -> service.patch(url, headers, query, body(request), timeout);
        };
    }

    private static RequestBody body(OutboundRequest request) {
        return request.body().map(json -> RequestBody.create(json.toJson(), JSON)).orElse(RequestBody.EMPTY);
    }

    /** Configured credentials win over an {@code Authorization} header of the same request. */
    private static Map<String, String> headers(OutboundRequest request) {
        if (request.credentials().isEmpty()) {
            return request.headers();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Authorization")) {
                headers.put(name, value);
            }
        });
        BasicCredentials credentials = request.credentials().get();
        headers.put("Authorization", Credentials.basic(credentials.username(), credentials.password(), StandardCharsets.UTF_8));
        return headers;
    }
}
