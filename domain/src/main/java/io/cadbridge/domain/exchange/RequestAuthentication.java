package io.cadbridge.domain.exchange;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.BasicCredentials;

/** How a rendered request authenticates. Secrets never appear in {@link #toString()}. */
public sealed interface RequestAuthentication {

    None NONE = new None();

    record None() implements RequestAuthentication {}

    record Basic(BasicCredentials credentials) implements RequestAuthentication {
        public Basic {
            requireNonNull(credentials, "credentials is null");
        }
    }

    /** OAuth 2.0 client-credentials grant: the client fetches (and caches) a bearer token. */
    record OAuth(OAuthClient client) implements RequestAuthentication {
        public OAuth {
            requireNonNull(client, "client is null");
        }
    }
}
