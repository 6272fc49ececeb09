package io.cadbridge.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ApiTokenStore;
import io.cadbridge.application.port.out.contract.ApiTokenStoreContract;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.TokenSecret;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqApiTokenStoreContractTest extends ApiTokenStoreContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected ApiTokenStore emptyStore() {
        DATABASE.clear();
        return new JooqApiTokenStore(DATABASE.dsl(), new SecretSeal(PostgresSchema.KEYS));
    }

    @Test
    void onlyTheSecretsDigestIsStored() {
        TokenSecret secret = new TokenSecret("cbt_never-stored-in-the-clear");
        emptyStore()
                .add(
                        new ApiToken(
                                UUID.randomUUID(),
                                "contact-pro",
                                Set.of(Scope.EVENTS_WRITE),
                                Instant.now(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()),
                        secret.digest());

        String row = DATABASE.dsl()
                .select(DSL.field("api_token::text", String.class))
                .from("api_token")
                .fetchOne()
                .value1();
        assertThat(row).doesNotContain("never-stored-in-the-clear").contains("contact-pro");
    }
}
