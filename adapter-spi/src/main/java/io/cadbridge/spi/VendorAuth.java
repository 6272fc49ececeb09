package io.cadbridge.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How the host authenticates an integration's vendor calls. Secrets are named, never given: each
 * {@code …Secret} is the name of a value in the integration's {@code authentications}, which only
 * the host reads. A token URL starting with {@code /} is relative to the integration's
 * {@code endpointUrl}. Tokens are cached until shortly before they expire; a call answered 401 gets
 * one new token and is sent once more.
 */
public sealed interface VendorAuth {

    /** No credentials. */
    record None() implements VendorAuth {}

    /** {@code Authorization: Bearer <secret>}: API keys and tokens that do not expire (HubSpot private apps). */
    record Bearer(String tokenSecret) implements VendorAuth {
        public Bearer {
            requireNonNull(tokenSecret, "tokenSecret is null");
        }
    }

    /** HTTP Basic with a user name from the settings and a secret password (Zendesk API tokens). */
    record Basic(String username, String passwordSecret) implements VendorAuth {
        public Basic {
            requireNonNull(username, "username is null");
            requireNonNull(passwordSecret, "passwordSecret is null");
        }
    }

    /** HTTP Basic whose user name is the secret and whose password is fixed (Freshdesk API keys, with "X"). */
    record BasicKey(String usernameSecret, String password) implements VendorAuth {
        public BasicKey {
            requireNonNull(usernameSecret, "usernameSecret is null");
            requireNonNull(password, "password is null");
        }
    }

    /** OAuth 2.0 client credentials grant (Salesforce, Microsoft Entra ID). */
    record ClientCredentials(String tokenUrl, String clientId, String clientSecret, List<String> scopes)
            implements VendorAuth {
        public ClientCredentials {
            requireNonNull(tokenUrl, "tokenUrl is null");
            requireNonNull(clientId, "clientId is null");
            requireNonNull(clientSecret, "clientSecret is null");
            scopes = List.copyOf(requireNonNull(scopes, "scopes is null"));
        }
    }

    /**
     * OAuth 2.0 JWT bearer grant (RFC 7523; Salesforce server-to-server): the host signs a short-lived
     * RS256 assertion with the private key (PKCS#8 PEM) and trades it for an access token.
     */
    record JwtBearer(String tokenUrl, String issuer, String subject, String audience, String privateKeySecret)
            implements VendorAuth {
        public JwtBearer {
            requireNonNull(tokenUrl, "tokenUrl is null");
            requireNonNull(issuer, "issuer is null");
            requireNonNull(subject, "subject is null");
            requireNonNull(audience, "audience is null");
            requireNonNull(privateKeySecret, "privateKeySecret is null");
        }
    }
}
