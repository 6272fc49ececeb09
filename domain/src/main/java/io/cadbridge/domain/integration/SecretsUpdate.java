package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * How a save changes the write-only secrets. Clients cannot read secrets back, so leaving a field out
 * keeps the stored value; sending {@code null} removes it; sending a value replaces it.
 */
public record SecretsUpdate(
        Change<BasicCredentials> credentials,
        Change<Map<String, String>> authentications,
        Change<String> oauthClientSecret) {

    public static final SecretsUpdate KEEP =
            new SecretsUpdate(new Change.Keep<>(), new Change.Keep<>(), new Change.Keep<>());

    public SecretsUpdate(Change<BasicCredentials> credentials, Change<Map<String, String>> authentications) {
        this(credentials, authentications, new Change.Keep<>());
    }

    /** One field's change. */
    public sealed interface Change<T> {
        record Keep<T>() implements Change<T> {}

        record Replace<T>(T value) implements Change<T> {
            public Replace {
                requireNonNull(value, "value is null");
            }
        }

        record Remove<T>() implements Change<T> {}
    }

    public SecretsUpdate {
        requireNonNull(credentials, "credentials is null");
        requireNonNull(authentications, "authentications is null");
        requireNonNull(oauthClientSecret, "oauthClientSecret is null");
    }

    public Secrets applyTo(Secrets current) {
        Optional<BasicCredentials> newCredentials = switch (credentials) {
            case Change.Keep<BasicCredentials> keep -> current.credentials();
            case Change.Replace<BasicCredentials> replace -> Optional.of(replace.value());
            case Change.Remove<BasicCredentials> remove -> Optional.empty();
        };
        Map<String, String> newAuthentications = switch (authentications) {
            case Change.Keep<Map<String, String>> keep -> current.authentications();
            case Change.Replace<Map<String, String>> replace -> replace.value();
            case Change.Remove<Map<String, String>> remove -> Map.of();
        };
        Optional<String> newClientSecret = switch (oauthClientSecret) {
            case Change.Keep<String> keep -> current.oauthClientSecret();
            case Change.Replace<String> replace -> Optional.of(replace.value());
            case Change.Remove<String> remove -> Optional.empty();
        };
        return new Secrets(newCredentials, newAuthentications, newClientSecret);
    }
}
