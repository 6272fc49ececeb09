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
public record Secrets(Optional<BasicCredentials> credentials, Map<String, String> authentications) {

    public static final Secrets NONE = new Secrets(Optional.empty(), Map.of());

    public Secrets {
        requireNonNull(credentials, "credentials is null");
        authentications = Map.copyOf(requireNonNull(authentications, "authentications is null"));
    }

    public Set<String> authenticationNames() {
        return new TreeSet<>(authentications.keySet());
    }

    @Override
    public String toString() {
        return "Secrets[credentials=" + credentials.map(c -> c.username() + ":****").orElse("none")
                + ", authentications=" + authenticationNames() + "]";
    }
}
