package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.AuthenticateUseCase;
import io.cadbridge.application.port.in.ManageTokensUseCase;
import io.cadbridge.application.port.out.ApiTokenStore;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.SigningSecret;
import io.cadbridge.domain.access.SigningSecrets;
import io.cadbridge.domain.access.TokenSecret;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * API tokens: the bootstrap token (from the settings, an administrator's) and those made through the
 * API, found by the digest of their secret. A token found is trusted for {@link #RECHECK} before the
 * store is asked again, so that sending events costs no database read per request; a revocation
 * takes effect at once in this process and within that time in the others, and so does a change
 * of the secrets a sender signs its events with.
 */
public final class TokenService implements AuthenticateUseCase, ManageTokensUseCase {

    public static final Duration RECHECK = Duration.ofSeconds(10);

    /** The bootstrap token's id: it is not stored, listed or revoked through the API. */
    public static final UUID BOOTSTRAP_ID = new UUID(0, 0);

    private final ApiTokenStore store;
    private final Clock clock;
    private final SecureRandom random;
    private final byte[] bootstrapDigest;
    private final ApiToken bootstrap;
    /** Only tokens that exist are remembered: unknown secrets cannot fill it. */
    private final ConcurrentMap<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(ApiToken token, Instant at) {}

    public TokenService(ApiTokenStore store, TokenSecret bootstrapSecret, Clock clock, SecureRandom random) {
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.random = requireNonNull(random, "random is null");
        this.bootstrapDigest =
                requireNonNull(bootstrapSecret, "bootstrapSecret is null").digest();
        this.bootstrap = new ApiToken(
                BOOTSTRAP_ID,
                "bootstrap",
                Set.of(Scope.ADMIN),
                clock.instant(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @Override
    public Authentication authenticate(String secret) {
        byte[] digest = new TokenSecret(secret).digest();
        // Constant time: the comparison reveals nothing of the bootstrap secret's digest.
        if (MessageDigest.isEqual(digest, bootstrapDigest)) {
            return new Authentication.Authenticated(bootstrap);
        }
        Instant now = clock.instant();
        String key = HexFormat.of().formatHex(digest);
        Checked known = checked.get(key);
        if (known == null || !now.isBefore(known.at().plus(RECHECK))) {
            Optional<ApiToken> found = store.findByDigest(digest);
            if (found.isEmpty()) {
                checked.remove(key);
                return new Authentication.Unknown();
            }
            store.used(found.get().id(), now);
            known = new Checked(found.get().usedAt(now), now);
            checked.put(key, known);
        }
        return known.token().hasExpiredAt(now)
                ? new Authentication.Expired(known.token())
                : new Authentication.Authenticated(known.token());
    }

    @Override
    public CreatedToken create(NewToken request) {
        TokenSecret secret = TokenSecret.generate(random);
        ApiToken token = new ApiToken(
                UUID.randomUUID(),
                request.name(),
                request.scopes(),
                clock.instant(),
                request.expiresAt(),
                Optional.empty(),
                Optional.empty());
        store.add(token, secret.digest());
        return new CreatedToken(token, secret);
    }

    @Override
    public List<ApiToken> list() {
        return store.list();
    }

    @Override
    public boolean revoke(UUID id) {
        boolean revoked = store.delete(id);
        forget(id);
        return revoked;
    }

    @Override
    public SigningChange addSigningSecret(UUID id, Optional<SigningSecret> given) {
        Optional<ApiToken> token = store.find(id);
        if (token.isEmpty()) {
            return new SigningChange.UnknownToken();
        }
        if (!token.get().grants(Scope.EVENTS_WRITE)) {
            return new SigningChange.CannotSendEvents(token.get());
        }
        SigningSecret secret = given.orElseGet(() -> SigningSecret.generate(random));
        SigningSecrets secrets = token.get()
                .signing()
                .map(current -> current.rotatedTo(secret))
                .orElseGet(() -> SigningSecrets.only(secret));
        return change(
                id,
                Optional.of(secrets),
                new SigningChange.Added(secret, secrets.all().size()));
    }

    @Override
    public SigningChange removePreviousSigningSecret(UUID id) {
        Optional<ApiToken> token = store.find(id);
        if (token.isEmpty()) {
            return new SigningChange.UnknownToken();
        }
        Optional<SigningSecrets> signing = token.get().signing();
        if (signing.flatMap(SigningSecrets::previous).isEmpty()) {
            return new SigningChange.NothingToRemove(token.get());
        }
        return change(id, signing.map(SigningSecrets::withoutPrevious), new SigningChange.Removed());
    }

    @Override
    public SigningChange removeSigningSecrets(UUID id) {
        Optional<ApiToken> token = store.find(id);
        if (token.isEmpty()) {
            return new SigningChange.UnknownToken();
        }
        if (token.get().signing().isEmpty()) {
            return new SigningChange.NothingToRemove(token.get());
        }
        return change(id, Optional.empty(), new SigningChange.Removed());
    }

    private SigningChange change(UUID id, Optional<SigningSecrets> signing, SigningChange done) {
        if (!store.changeSigning(id, signing)) {
            return new SigningChange.UnknownToken();
        }
        forget(id);
        return done;
    }

    /** The next request with the token reads it from the store again: a change takes effect at once here. */
    private void forget(UUID id) {
        checked.values().removeIf(known -> known.token().id().equals(id));
    }
}
