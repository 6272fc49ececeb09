package io.cadbridge.domain.exchange;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An OAuth 2.0 client for the client-credentials grant: {@code client_id}, {@code access_token_url}
 * and {@code scope} come from the configuration, the secret from the integration's write-only secrets.
 */
public record OAuthClient(String clientId, String clientSecret, String accessTokenUrl, List<String> scopes) {

    public OAuthClient {
        requireNonNull(clientId, "clientId is null");
        requireNonNull(clientSecret, "clientSecret is null");
        requireNonNull(accessTokenUrl, "accessTokenUrl is null");
        scopes = List.copyOf(requireNonNull(scopes, "scopes is null"));
    }

    @Override
    public String toString() {
        return "OAuthClient[clientId=" + clientId + ", clientSecret=****, accessTokenUrl=" + accessTokenUrl
                + ", scopes=" + scopes + "]";
    }
}
