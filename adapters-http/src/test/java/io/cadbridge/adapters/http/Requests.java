package io.cadbridge.adapters.http;

import io.cadbridge.domain.exchange.OAuthClient;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.exchange.ProxySetting;
import io.cadbridge.domain.exchange.RequestAuthentication;
import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.Resilience;
import io.cadbridge.domain.integration.RetrySettings;
import io.cadbridge.json.JsonValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link OutboundRequest}s for tests; defaults: no headers, query, body or authentication, 5 s timeout, proxy auto,
 * TLS verified, and the default resilience but a single attempt (retries have tests of their own).
 */
final class Requests {

    private final HttpMethod method;
    private final String url;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private Optional<JsonValue> body = Optional.empty();
    private RequestAuthentication authentication = RequestAuthentication.NONE;
    private Duration timeout = Duration.ofSeconds(5);
    private ProxySetting proxy = ProxySetting.AUTO;
    private boolean verifyTls = true;
    private Resilience resilience = SINGLE_ATTEMPT;

    static final Resilience SINGLE_ATTEMPT = new Resilience(
            RetrySettings.DEFAULTS.withMaxAttempts(1),
            Resilience.DEFAULTS.circuitBreaker(),
            Resilience.DEFAULTS.maxConcurrentCalls(),
            Resilience.DEFAULTS.rateLimit(),
            Resilience.DEFAULTS.cacheTtl(),
            Resilience.DEFAULTS.deadline());

    private Requests(HttpMethod method, String url) {
        this.method = method;
        this.url = url;
    }

    static Requests request(HttpMethod method, String url) {
        return new Requests(method, url);
    }

    static OutboundRequest get(String url) {
        return request(HttpMethod.GET, url).build();
    }

    Requests header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Requests query(String name, String value) {
        query.put(name, value);
        return this;
    }

    Requests body(JsonValue json) {
        body = Optional.of(json);
        return this;
    }

    Requests credentials(String username, String password) {
        authentication = new RequestAuthentication.Basic(new BasicCredentials(username, password));
        return this;
    }

    Requests oauth(String clientId, String clientSecret, String accessTokenUrl, String... scopes) {
        authentication = new RequestAuthentication.OAuth(
                new OAuthClient(clientId, clientSecret, accessTokenUrl, List.of(scopes)));
        return this;
    }

    Requests proxy(ProxySetting setting) {
        proxy = setting;
        return this;
    }

    Requests verifyTls(boolean verify) {
        verifyTls = verify;
        return this;
    }

    Requests timeout(Duration value) {
        timeout = value;
        return this;
    }

    Requests resilience(Resilience value) {
        resilience = value;
        return this;
    }

    OutboundRequest build() {
        return new OutboundRequest(
                method, url, headers, query, body, authentication, timeout, proxy, verifyTls, resilience);
    }
}
