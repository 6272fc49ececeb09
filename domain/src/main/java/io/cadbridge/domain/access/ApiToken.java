package io.cadbridge.domain.access;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An API token as cadbridge keeps it: who it is for, what it may do and until when — never its
 * secret, of which only a hash is stored ({@link TokenSecret}) — and, for an event sender that signs
 * what it sends, the secrets it signs with ({@link WebhookSignature}).
 */
public record ApiToken(
        UUID id,
        String name,
        Set<Scope> scopes,
        Instant createdAt,
        Optional<Instant> expiresAt,
        Optional<Instant> lastUsedAt,
        Optional<SigningSecrets> signing) {

    public static final int MAX_NAME_LENGTH = 100;

    public ApiToken {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(scopes, "scopes is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(lastUsedAt, "lastUsedAt is null");
        requireNonNull(signing, "signing is null");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a token's name is 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a token has at least one scope");
        }
        scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }

    /** Whether this token may use a route that needs {@code needed}. */
    public boolean grants(Scope needed) {
        return scopes.stream().anyMatch(scope -> scope.grants(needed));
    }

    public boolean hasExpiredAt(Instant now) {
        return expiresAt.map(expiry -> !now.isBefore(expiry)).orElse(false);
    }

    public ApiToken usedAt(Instant at) {
        return new ApiToken(id, name, scopes, createdAt, expiresAt, Optional.of(at), signing);
    }

    /** The token with the secrets its sender signs events with; empty when its events are not signed. */
    public ApiToken signedWith(Optional<SigningSecrets> secrets) {
        return new ApiToken(id, name, scopes, createdAt, expiresAt, lastUsedAt, secrets);
    }
}
