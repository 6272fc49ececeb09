package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.API_TOKEN;
import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.persistence.jooq.tables.records.ApiTokenRecord;
import io.cadbridge.application.port.out.ApiTokenStore;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** API tokens in PostgreSQL ({@code api_token}, V15): the secret's digest is the lookup key. */
final class JooqApiTokenStore implements ApiTokenStore {

    private final DSLContext dsl;

    @Inject
    JooqApiTokenStore(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
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
                .fetchOptional(JooqApiTokenStore::token));
    }

    @Override
    public List<ApiToken> list() {
        return StorageErrors.guarded(() -> dsl.selectFrom(API_TOKEN)
                .orderBy(API_TOKEN.CREATED_AT, API_TOKEN.ID)
                .fetch(JooqApiTokenStore::token));
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

    private static ApiToken token(ApiTokenRecord row) {
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
                Optional.ofNullable(row.getLastUsedAt()).map(Timestamps::instant));
    }
}
