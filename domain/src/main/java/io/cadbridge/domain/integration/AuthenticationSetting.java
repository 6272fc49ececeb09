package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The configuration's {@code authentication}: none, {@code {"type": "basic"}} or OAuth client credentials. */
public sealed interface AuthenticationSetting {

    None NONE = new None();
    Basic BASIC = new Basic();

    record None() implements AuthenticationSetting {}

    /** Credentials come from the integration's write-only secrets. */
    record Basic() implements AuthenticationSetting {}

    /** {@code {"type": "oauth", "client_id", "access_token_url", "scope"}}; the client secret is a write-only secret. */
    record OAuth(String clientId, String accessTokenUrl, List<String> scopes) implements AuthenticationSetting {
        public OAuth {
            requireNonNull(clientId, "clientId is null");
            requireNonNull(accessTokenUrl, "accessTokenUrl is null");
            scopes = List.copyOf(requireNonNull(scopes, "scopes is null"));
        }
    }
}
