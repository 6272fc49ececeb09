package io.cadbridge.domain.exchange;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.Resilience;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A rendered CRM request, ready to send: every placeholder has been replaced; with how to send it (timeout, proxy, TLS, resilience). */
public record OutboundRequest(
        HttpMethod method,
        String url,
        Map<String, String> headers,
        Map<String, String> queryParameters,
        Optional<JsonValue> body,
        RequestAuthentication authentication,
        Duration timeout,
        ProxySetting proxy,
        boolean verifyTls,
        Resilience resilience) {

    public OutboundRequest {
        requireNonNull(method, "method is null");
        requireNonNull(url, "url is null");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(headers, "headers is null")));
        queryParameters = Collections.unmodifiableMap(
                new LinkedHashMap<>(requireNonNull(queryParameters, "queryParameters is null")));
        requireNonNull(body, "body is null");
        requireNonNull(authentication, "authentication is null");
        requireNonNull(timeout, "timeout is null");
        requireNonNull(proxy, "proxy is null");
        requireNonNull(resilience, "resilience is null");
    }

    /** The basic credentials, when the request uses basic authentication. */
    public Optional<BasicCredentials> credentials() {
        return authentication instanceof RequestAuthentication.Basic basic
                ? Optional.of(basic.credentials())
                : Optional.empty();
    }

    /** What {@code {request}} shows: method, URL and query parameters, never headers or credentials. */
    public JsonObject toJson() {
        JsonObject.Builder params = JsonObject.builder();
        queryParameters.forEach(params::put);
        return JsonObject.builder()
                .put("method", method.name())
                .put("url", url)
                .put("query_params", params.build())
                .build();
    }

    @Override
    public String toString() {
        return "OutboundRequest[" + method + " " + url + ", query=" + queryParameters.keySet()
                + ", headers=" + headers.keySet() + ", authentication="
                + authentication.getClass().getSimpleName()
                + ", proxy=" + proxy + ", verifyTls=" + verifyTls + "]";
    }
}
