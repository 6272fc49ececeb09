package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.exchange.RequestAuthentication;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** Turns a rendered {@link OutboundRequest} into a ready Retrofit call with its timeouts, on the client its options need. */
final class CrmCalls {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final CrmServices services;

    CrmCalls(CrmServices services) {
        this.services = requireNonNull(services, "services is null");
    }

    /**
     * A URL or header value HTTP cannot carry fails here, before the circuit breaker is asked or a token fetched.
     * The call built for the check is kept for the first attempt ({@link CheckedCall}): it is built with the
     * authorization and the timeout that attempt will have when they are known now.
     */
    CheckedCall check(OutboundRequest request) throws CrmCallException {
        Optional<String> authorization = knownAuthorization(request.authentication());
        CallTimeout timeout = GuardedCall.firstAttemptTimeout(request);
        Call<ResponseBody> call;
        try {
            call = build(request, authorization, timeout);
        } catch (IllegalArgumentException e) {
            throw invalid(request, CallTarget.of(request));
        }
        return new CheckedCall(call, authorization, timeout, target(request, call));
    }

    /**
     * Where the call goes. An absolute http(s) URL is parsed the same way with or without Retrofit's unused base
     * URL, so the URL the call already holds gives the target without parsing the text again; anything else
     * (which Retrofit may resolve against that base) is parsed on its own, as it always was.
     */
    private static CallTarget target(OutboundRequest request, Call<ResponseBody> call) {
        String url = request.url();
        boolean absolute = url.regionMatches(true, 0, "http://", 0, "http://".length())
                || url.regionMatches(true, 0, "https://", 0, "https://".length());
        return absolute ? CallTarget.of(request.method(), call.request().url()) : CallTarget.of(request);
    }

    /** The Authorization header configured authentication sets, as far as it is known before sending. */
    private static Optional<String> knownAuthorization(RequestAuthentication authentication) {
        return switch (authentication) {
            case RequestAuthentication.None none -> Optional.empty();
            case RequestAuthentication.Basic basic -> Optional.of(basicAuthorization(basic));
            // The token may not be known yet; any valid value lets the check judge the rest of the request.
            case RequestAuthentication.OAuth oauth -> Optional.of("placeholder");
        };
    }

    static String basicAuthorization(RequestAuthentication.Basic basic) {
        return Credentials.basic(
                basic.credentials().username(), basic.credentials().password(), StandardCharsets.UTF_8);
    }

    /** Builds a call; {@code authorization}, when present, replaces any {@code Authorization} header of the request. */
    Call<ResponseBody> prepare(
            OutboundRequest request, CallTarget target, Optional<String> authorization, CallTimeout timeout)
            throws CrmCallException {
        try {
            return build(request, authorization, timeout);
        } catch (IllegalArgumentException e) {
            throw invalid(request, target);
        }
    }

    /** @throws IllegalArgumentException when HTTP cannot carry the request */
    private Call<ResponseBody> build(OutboundRequest request, Optional<String> authorization, CallTimeout timeout) {
        Call<ResponseBody> call =
                create(services.of(ConnectionOptions.of(request)), request, headers(request, authorization), timeout);
        // Creates OkHttp's call (and so the request); the deadline must be set before execute().
        call.timeout().timeout(timeout.deadline().toNanos(), TimeUnit.NANOSECONDS);
        return call;
    }

    /** The cause is dropped on purpose: OkHttp's message may quote a header value. */
    private static CrmCallException invalid(OutboundRequest request, CallTarget target) {
        return new CrmCallException(
                Kind.INVALID_REQUEST, "cannot send " + target + ": " + InvalidRequests.describe(request));
    }

    private static Call<ResponseBody> create(
            CrmService service, OutboundRequest request, Map<String, String> headers, CallTimeout timeout) {
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
        return request.body()
                .map(json -> RequestBody.create(json.toJson(), JSON))
                .orElse(RequestBody.EMPTY);
    }

    private static Map<String, String> headers(OutboundRequest request, Optional<String> authorization) {
        if (authorization.isEmpty()) {
            return request.headers();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Authorization")) {
                headers.put(name, value);
            }
        });
        headers.put("Authorization", authorization.get());
        return headers;
    }
}
