package io.cadbridge.adapters.http;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.OAuthClient;
import io.cadbridge.domain.integration.HttpMethod;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth 2.0 client-credentials grant (RFC 6749 §4.4). The client authenticates with HTTP Basic
 * (§2.3.1: id and secret form-urlencoded, then Base64); a server that refuses that (401 or
 * {@code invalid_client}) is asked once more with {@code client_id} and {@code client_secret} in the
 * form body, which some servers require. Runs on the CRM call's client, so proxy, TLS choice,
 * timeouts and response cap are the CRM call's.
 */
final class TokenEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);

    private TokenEndpoint() {}

    static TokenGrant fetch(OAuthClient client, OkHttpClient http, CallTimeout timeout) throws CrmCallException {
        HttpUrl url = HttpUrl.parse(client.accessTokenUrl());
        if (url == null) {
            throw new CrmCallException(
                    Kind.INVALID_REQUEST,
                    "cannot get an OAuth access token: the access token URL is not a valid http(s) URL");
        }
        CallTarget endpoint = CallTarget.of(HttpMethod.POST, url);
        if (client.jwt().isPresent()) {
            Request request = new Request.Builder()
                    .url(url)
                    .header("Accept", "application/json")
                    .tag(CallTimeout.class, timeout)
                    .post(new FormBody.Builder()
                            .add("grant_type", JwtAssertions.GRANT_TYPE)
                            .add("assertion", JwtAssertions.sign(client.jwt().get(), endpoint))
                            .build())
                    .build();
            return TokenGrants.from(
                    post(http, request, endpoint, timeout),
                    endpoint,
                    client.jwt().get().privateKeyPem());
        }
        TokenAnswer answer = post(http, request(url, client, true, timeout), endpoint, timeout);
        if (answer.refusesClientAuthentication()) {
            LOG.debug(
                    "{} refused HTTP Basic client authentication; asking again with the credentials in the form",
                    endpoint);
            answer = post(http, request(url, client, false, timeout), endpoint, timeout);
        }
        return TokenGrants.from(answer, endpoint, client.clientSecret());
    }

    private static Request request(HttpUrl url, OAuthClient client, boolean basic, CallTimeout timeout) {
        FormBody.Builder form = new FormBody.Builder().add("grant_type", "client_credentials");
        if (!client.scopes().isEmpty()) {
            form.add("scope", String.join(" ", client.scopes()));
        }
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .tag(CallTimeout.class, timeout);
        if (basic) {
            request.header(
                    "Authorization",
                    Credentials.basic(
                            formEncoded(client.clientId()),
                            formEncoded(client.clientSecret()),
                            StandardCharsets.UTF_8));
        } else {
            form.add("client_id", client.clientId()).add("client_secret", client.clientSecret());
        }
        return request.post(form.build()).build();
    }

    private static TokenAnswer post(OkHttpClient http, Request request, CallTarget endpoint, CallTimeout timeout)
            throws CrmCallException {
        Call call = http.newCall(request);
        call.timeout().timeout(timeout.deadline().toNanos(), TimeUnit.NANOSECONDS);
        try (Response response = call.execute()) {
            return TokenAnswer.of(response.code(), response.body().string());
        } catch (IOException e) {
            CrmCallException failure = CallFailures.translate(e, endpoint, timeout);
            throw new CrmCallException(failure.kind(), "cannot get an OAuth access token: " + failure.getMessage(), e);
        }
    }

    private static String formEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
