package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.API_TOKEN;
import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.persistence.jooq.tables.records.ApiTokenRecord;
import io.cadbridge.application.port.out.ApiTokenStore;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.SigningSecret;
import io.cadbridge.domain.access.SigningSecrets;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * API tokens in PostgreSQL ({@code api_token}, V15): the secret's digest is the lookup key. A sender's
 * signing secrets (V18) are sealed ({@link SecretSeal}) with {@code api_token:<id>} as associated data:
 * the current one and the one before, separated by a space.
 */
final class JooqApiTokenStore implements ApiTokenStore {

    private final DSLContext dsl;
    private final SecretSeal seal;

    @Inject
    JooqApiTokenStore(DSLContext dsl, SecretSeal seal) {
        this.dsl = requireNonNull(dsl, "dsl is null");
        this.seal = requireNonNull(seal, "seal is null");
    }

    /** Re-seals with the current key every sender's signing secrets sealed with another; returns how many. */
    static int sealAll(DSLContext dsl, SecretSeal seal) {
        return dsl.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            JooqApiTokenStore store = new JooqApiTokenStore(tx, seal);
            var stale = tx.selectFrom(API_TOKEN)
                    .where(API_TOKEN.SIGNING_KEY_ID.ne(seal.currentKeyId()))
                    .forUpdate()
                    .fetch(store::token);
            stale.forEach(token -> store.changeSigning(token.id(), token.signing()));
            return stale.size();
        });
    }

    @Override
    public void add(ApiToken token, byte[] secretDigest) {
        StorageErrors.guarded(() -> dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.ID, token.id())
                .set(API_TOKEN.NAME, token.name())
                .set(API_TOKEN.SECRET_DIGEST, secretDigest)
                .set(
                        API_TOKEN.SCOPES,
                        token.scopes().stream().map(Scope::wireName).toArray(String[]::new))
                .set(API_TOKEN.CREATED_AT, Timestamps.column(token.createdAt()))
                .set(
                        API_TOKEN.EXPIRES_AT,
                        token.expiresAt().map(Timestamps::column).orElse(null))
                .execute());
    }

    @Override
    public Optional<ApiToken> findByDigest(byte[] secretDigest) {
        return StorageErrors.guarded(() -> dsl.selectFrom(API_TOKEN)
                .where(API_TOKEN.SECRET_DIGEST.eq(secretDigest))
                .fetchOptional(this::token));
    }

    @Override
    public Optional<ApiToken> find(UUID id) {
        return StorageErrors.guarded(
                () -> dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOptional(this::token));
    }

    @Override
    public List<ApiToken> list() {
        return StorageErrors.guarded(() -> dsl.selectFrom(API_TOKEN)
                .orderBy(API_TOKEN.CREATED_AT, API_TOKEN.ID)
                .fetch(this::token));
    }

    @Override
    public boolean changeSigning(UUID id, Optional<SigningSecrets> signing) {
        Optional<SecretSeal.Sealed> sealed = signing.map(secrets -> seal.seal(
                secrets.all().stream().map(SigningSecret::value).collect(Collectors.joining(" ")), rowIdentity(id)));
        return StorageErrors.guarded(() -> dsl.update(API_TOKEN)
                        .set(
                                API_TOKEN.SIGNING_SEALED,
                                sealed.map(SecretSeal.Sealed::bytes).orElse(null))
                        .set(
                                API_TOKEN.SIGNING_KEY_ID,
                                sealed.map(SecretSeal.Sealed::keyId).orElse(null))
                        .where(API_TOKEN.ID.eq(id))
                        .execute()
                > 0);
    }

    @Override
    public boolean delete(UUID id) {
        return StorageErrors.guarded(
                () -> dsl.deleteFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).execute() > 0);
    }

    @Override
    public void used(UUID id, Instant at) {
        StorageErrors.guarded(() -> dsl.update(API_TOKEN)
                .set(API_TOKEN.LAST_USED_AT, Timestamps.column(at))
                .where(API_TOKEN.ID.eq(id))
                .execute());
    }

    private ApiToken token(ApiTokenRecord row) {
        return new ApiToken(
                row.getId(),
                row.getName(),
                // A scope this version does not know (written by a newer one) grants nothing here.
                Arrays.stream(row.getScopes())
                        .map(Scope::parse)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toSet()),
                Timestamps.instant(row.getCreatedAt()),
                Optional.ofNullable(row.getExpiresAt()).map(Timestamps::instant),
                Optional.ofNullable(row.getLastUsedAt()).map(Timestamps::instant),
                signing(row));
    }

    private Optional<SigningSecrets> signing(ApiTokenRecord row) {
        if (row.getSigningSealed() == null) {
            return Optional.empty();
        }
        List<SigningSecret> secrets = Arrays.stream(seal.open(
                                new SecretSeal.Sealed(row.getSigningKeyId(), row.getSigningSealed()),
                                rowIdentity(row.getId()))
                        .split(" "))
                .map(SigningSecret::new)
                .toList();
        return Optional.of(
                new SigningSecrets(secrets.getFirst(), secrets.stream().skip(1).findFirst()));
    }

    /** The associated data of a token's sealed signing secrets: they open for this row only. */
    private static String rowIdentity(UUID id) {
        return "api_token:" + id;
    }
}
