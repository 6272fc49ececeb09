package io.cadbridge.domain.exchange;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An OAuth 2.0 client for the client-credentials grant: {@code client_id}, {@code access_token_url}
 * and {@code scope} come from the configuration, the secret from the integration's write-only secrets.
 */
public record OAuthClient(
        String clientId, String clientSecret, String accessTokenUrl, List<String> scopes, Optional<JwtBearer> jwt) {

    public OAuthClient {
        requireNonNull(clientId, "clientId is null");
        requireNonNull(clientSecret, "clientSecret is null");
        requireNonNull(accessTokenUrl, "accessTokenUrl is null");
        scopes = List.copyOf(requireNonNull(scopes, "scopes is null"));
        requireNonNull(jwt, "jwt is null");
    }

    /** A client of the client-credentials grant. */
    public OAuthClient(String clientId, String clientSecret, String accessTokenUrl, List<String> scopes) {
        this(clientId, clientSecret, accessTokenUrl, scopes, Optional.empty());
    }

    /**
     * The JWT bearer grant (RFC 7523) instead: an RS256 assertion signed with {@code privateKeyPem}
     * (PKCS#8) stands for the client's credentials.
     */
    public record JwtBearer(String issuer, String subject, String audience, String privateKeyPem) {
        public JwtBearer {
            requireNonNull(issuer, "issuer is null");
            requireNonNull(subject, "subject is null");
            requireNonNull(audience, "audience is null");
            requireNonNull(privateKeyPem, "privateKeyPem is null");
        }

        @Override
        public String toString() {
            return "JwtBearer[issuer=" + issuer + ", subject=" + subject + ", audience=" + audience
                    + ", privateKeyPem=****]";
        }
    }

    @Override
    public String toString() {
        return "OAuthClient[clientId=" + clientId + ", clientSecret=****, accessTokenUrl=" + accessTokenUrl
                + ", scopes=" + scopes + ", jwt=" + jwt + "]";
    }
}
