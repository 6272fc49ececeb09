package io.cadbridge.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ApiTokenStore;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.SigningSecret;
import io.cadbridge.domain.access.SigningSecrets;
import io.cadbridge.domain.access.TokenSecret;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiTokenStore} keeps and finds; run against the in-memory fake and PostgreSQL. */
public abstract class ApiTokenStoreContract {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    private ApiTokenStore store;

    protected abstract ApiTokenStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
    }

    @Test
    void aTokenIsFoundByItsSecretsDigestWithItsScopesAndExpiry() {
        ApiToken token = token("contact-pro", Set.of(Scope.EVENTS_WRITE), Optional.of(NINE.plusSeconds(3600)));
        TokenSecret secret = new TokenSecret("cbt_secret-one");
        store.add(token, secret.digest());

        assertThat(store.findByDigest(secret.digest())).contains(token);
        assertThat(store.findByDigest(new TokenSecret("cbt_secret-two").digest()))
                .isEmpty();
    }

    @Test
    void tokensAreListedOldestFirstAndLastUseIsNoted() {
        ApiToken first = token("reports", Set.of(Scope.REPORTS_READ, Scope.METRICS_READ), Optional.empty());
        ApiToken second = new ApiToken(
                UUID.randomUUID(),
                "admin",
                Set.of(Scope.ADMIN),
                NINE.plusSeconds(60),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        store.add(second, new TokenSecret("cbt_b").digest());
        store.add(first, new TokenSecret("cbt_a").digest());

        store.used(first.id(), NINE.plusSeconds(120));

        assertThat(store.list()).containsExactly(first.usedAt(NINE.plusSeconds(120)), second);
    }

    @Test
    void aDeletedTokenIsGoneAndDeletingAnUnknownOneSaysSo() {
        ApiToken token = token("agent desktop", Set.of(Scope.AGENT_READ), Optional.empty());
        TokenSecret secret = new TokenSecret("cbt_agent");
        store.add(token, secret.digest());

        assertThat(store.delete(token.id())).isTrue();
        assertThat(store.delete(token.id())).isFalse();
        assertThat(store.findByDigest(secret.digest())).isEmpty();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void aSendersSigningSecretsAreKeptWithItsTokenChangedAndForgotten() {
        ApiToken token = token("contact-pro", Set.of(Scope.EVENTS_WRITE), Optional.empty());
        TokenSecret secret = new TokenSecret("cbt_signed");
        store.add(token, secret.digest());
        SigningSecrets first = SigningSecrets.only(new SigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        SigningSecrets rotated = first.rotatedTo(SigningSecret.generate(new SecureRandom()));

        assertThat(store.changeSigning(token.id(), Optional.of(first))).isTrue();
        assertThat(store.findByDigest(secret.digest()).orElseThrow().signing()).contains(first);
        assertThat(store.changeSigning(token.id(), Optional.of(rotated))).isTrue();
        assertThat(store.find(token.id()).orElseThrow().signing()).contains(rotated);
        assertThat(store.list()).containsExactly(token.signedWith(Optional.of(rotated)));
        assertThat(store.changeSigning(token.id(), Optional.empty())).isTrue();
        assertThat(store.find(token.id()).orElseThrow().signing()).isEmpty();
        assertThat(store.changeSigning(UUID.randomUUID(), Optional.of(first))).isFalse();
        assertThat(store.find(UUID.randomUUID())).isEmpty();
    }

    private static ApiToken token(String name, Set<Scope> scopes, Optional<Instant> expiresAt) {
        return new ApiToken(UUID.randomUUID(), name, scopes, NINE, expiresAt, Optional.empty(), Optional.empty());
    }
}
