package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The write-only secrets of an integration: basic credentials and the named values behind
 * {@code {authentications.<name>}}. Their values never appear in {@link #toString()}.
 */
public record Secrets(
        Optional<BasicCredentials> credentials,
        Map<String, String> authentications,
        Optional<String> oauthClientSecret) {

    public static final Secrets NONE = new Secrets(Optional.empty(), Map.of(), Optional.empty());

    public Secrets {
        requireNonNull(credentials, "credentials is null");
        authentications = Map.copyOf(requireNonNull(authentications, "authentications is null"));
        requireNonNull(oauthClientSecret, "oauthClientSecret is null");
    }

    public Secrets(Optional<BasicCredentials> credentials, Map<String, String> authentications) {
        this(credentials, authentications, Optional.empty());
    }

    public Set<String> authenticationNames() {
        return new TreeSet<>(authentications.keySet());
    }

    @Override
    public String toString() {
        return "Secrets[credentials="
                + credentials.map(c -> c.username() + ":****").orElse("none")
                + ", authentications=" + authenticationNames()
                + ", oauthClientSecret="
                + oauthClientSecret.map(secret -> "****").orElse("none") + "]";
    }
}
