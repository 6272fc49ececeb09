package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ApiTokenStore;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.SigningSecrets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** API tokens in memory, kept with their secret's digest like the PostgreSQL adapter. */
public final class InMemoryApiTokenStore implements ApiTokenStore {

    private record Stored(ApiToken token, byte[] digest) {}

    private final List<Stored> tokens = new ArrayList<>();

    @Override
    public synchronized void add(ApiToken token, byte[] secretDigest) {
        tokens.add(new Stored(token, secretDigest.clone()));
    }

    @Override
    public synchronized Optional<ApiToken> findByDigest(byte[] secretDigest) {
        return tokens.stream()
                .filter(stored -> Arrays.equals(stored.digest(), secretDigest))
                .map(Stored::token)
                .findFirst();
    }

    @Override
    public synchronized Optional<ApiToken> find(UUID id) {
        return tokens.stream()
                .map(Stored::token)
                .filter(token -> token.id().equals(id))
                .findFirst();
    }

    @Override
    public synchronized boolean changeSigning(UUID id, Optional<SigningSecrets> signing) {
        boolean known = find(id).isPresent();
        tokens.replaceAll(stored -> stored.token().id().equals(id)
                ? new Stored(stored.token().signedWith(signing), stored.digest())
                : stored);
        return known;
    }

    @Override
    public synchronized List<ApiToken> list() {
        return tokens.stream()
                .map(Stored::token)
                .sorted(Comparator.comparing(ApiToken::createdAt).thenComparing(ApiToken::id))
                .toList();
    }

    @Override
    public synchronized boolean delete(UUID id) {
        return tokens.removeIf(stored -> stored.token().id().equals(id));
    }

    @Override
    public synchronized void used(UUID id, Instant at) {
        tokens.replaceAll(stored ->
                stored.token().id().equals(id) ? new Stored(stored.token().usedAt(at), stored.digest()) : stored);
    }
}
