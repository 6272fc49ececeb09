package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.API_TOKEN;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.adapters.persistence.jooq.tables.records.IntegrationSecretRecord;
import io.cadbridge.application.port.out.contract.IntegrationSamples;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.SigningSecret;
import io.cadbridge.domain.access.SigningSecrets;
import io.cadbridge.domain.access.TokenSecret;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Secrets live in their own table, sealed with AES-256-GCM under the master key (never in the clear,
 * never in the integration row that listings read), bound to their row, and re-sealed on rotation;
 * so are the signing secrets of event senders, in their token's row.
 */
class IntegrationSecretStorageTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    /** An event sender's signing secret (the Standard Webhooks reference one), without its prefix. */
    private static final String SIGNING = "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final List<String> SECRETS = List.of("s3cret", "acme-tenant-key", "crm-user", SIGNING);

    private final Integration integration = IntegrationSamples.named("CRM lookup", 1);
    private final ApiToken sender = new ApiToken(
            UUID.randomUUID(),
            "contact-pro",
            Set.of(Scope.EVENTS_WRITE),
            Instant.parse("2026-12-05T09:00:00Z"),
            Optional.empty(),
            Optional.empty(),
            Optional.of(SigningSecrets.only(new SigningSecret("whsec_" + SIGNING))));

    @BeforeEach
    void saveIntegrationAndSigningSender() {
        DATABASE.clear();
        repository(PostgresSchema.KEYS).save(integration);
        JooqApiTokenStore tokens = tokens(PostgresSchema.KEYS);
        tokens.add(sender, new TokenSecret("cbt_sender").digest());
        tokens.changeSigning(sender.id(), sender.signing());
    }

    @Test
    void noTableOrColumnHoldsASecretInTheClear() {
        Map<String, String> found = new TreeMap<>();
        for (String table : DATABASE.dsl()
                .select(DSL.field("table_name", String.class))
                .from("information_schema.tables")
                .where(DSL.field("table_schema").eq(DSL.field("current_schema()")))
                .fetch(DSL.field("table_name", String.class))) {
            String rows = String.join(
                    "\n",
                    DATABASE.dsl()
                            .select(DSL.field(DSL.name(table) + "::text", String.class))
                            .from(DSL.table(DSL.name(table)))
                            .fetch(0, String.class));
            SECRETS.stream().filter(rows::contains).forEach(secret -> found.put(table, secret));
        }

        assertThat(found).isEmpty();
        assertThat(repository(PostgresSchema.KEYS).findById(integration.id())).contains(integration);
        assertThat(tokens(PostgresSchema.KEYS).find(sender.id())).contains(sender);
    }

    @Test
    void theSecretRowHoldsOnlyTheSealedValueAndItsKeyId() {
        IntegrationSecretRecord secret =
                DATABASE.dsl().selectFrom(INTEGRATION_SECRET).fetchSingle();

        assertThat(secret.getKeyId()).isEqualTo(PostgresSchema.KEYS.current().id());
        assertThat(secret.getSealed()).hasSizeGreaterThan(1 + 12 + 16);
        assertThat(secret.getUsername()).isNull();
        assertThat(secret.getPassword()).isNull();
        assertThat(secret.getOauthClientSecret()).isNull();
        assertThat(secret.getAuthentications().data()).isEqualTo("{}");
        assertThat(DATABASE.dsl().selectFrom(INTEGRATION).fetchSingle().formatJSON())
                .contains("CRM lookup")
                .doesNotContain(SECRETS);
    }

    @Test
    void aSealedValueMovedToAnotherRowDoesNotOpen() {
        Integration other = IntegrationSamples.named("Other CRM", 2);
        repository(PostgresSchema.KEYS).save(other);
        byte[] sealed = DATABASE.dsl()
                .select(INTEGRATION_SECRET.SEALED)
                .from(INTEGRATION_SECRET)
                .where(INTEGRATION_SECRET.INTEGRATION_ID.eq(integration.id().value()))
                .fetchSingle()
                .value1();
        DATABASE.dsl()
                .update(INTEGRATION_SECRET)
                .set(INTEGRATION_SECRET.SEALED, sealed)
                .where(INTEGRATION_SECRET.INTEGRATION_ID.eq(other.id().value()))
                .execute();

        assertThatThrownBy(() -> repository(PostgresSchema.KEYS).findById(other.id()))
                .hasMessageContaining("do not open with master key")
                .hasMessageContaining("changed, or moved from another row")
                .hasMessageNotContainingAny(SECRETS.toArray(String[]::new));
    }

    @Test
    void plainTextSecretsFromBeforeAreSealedByTheMigration() {
        Secrets secrets = integration.secrets();
        JsonObject.Builder authentications = JsonObject.builder();
        secrets.authentications().forEach((name, value) -> authentications.put(name, JsonValue.of(value)));
        DATABASE.dsl()
                .update(INTEGRATION_SECRET)
                .set(INTEGRATION_SECRET.SEALED, (byte[]) null)
                .set(INTEGRATION_SECRET.KEY_ID, (String) null)
                .set(
                        INTEGRATION_SECRET.USERNAME,
                        secrets.credentials().orElseThrow().username())
                .set(
                        INTEGRATION_SECRET.PASSWORD,
                        secrets.credentials().orElseThrow().password())
                .set(INTEGRATION_SECRET.AUTHENTICATIONS, JsonColumns.jsonb(authentications.build()))
                .set(
                        INTEGRATION_SECRET.OAUTH_CLIENT_SECRET,
                        secrets.oauthClientSecret().orElse(null))
                .execute();

        DatabaseMigrations.migrate(DATABASE.dataSource(), PostgresSchema.KEYS);

        IntegrationSecretRecord secret =
                DATABASE.dsl().selectFrom(INTEGRATION_SECRET).fetchSingle();
        assertThat(secret.getKeyId()).isEqualTo(PostgresSchema.KEYS.current().id());
        assertThat(secret.formatJSON()).doesNotContain(SECRETS);
        assertThat(repository(PostgresSchema.KEYS).findById(integration.id())).contains(integration);
    }

    @Test
    void aRotationReSealsWithTheNewKeyWhileThePreviousOneStillOpens() {
        MasterKey next = MasterKey.generate(new SecureRandom());
        MasterKeys rotating = new MasterKeys(next, Optional.of(PostgresSchema.KEYS.current()));

        assertThatThrownBy(() -> repository(MasterKeys.of(next)).findById(integration.id()))
                .hasMessageContaining("sealed with master key "
                        + PostgresSchema.KEYS.current().id())
                .hasMessageContaining(
                        "neither CADBRIDGE_MASTER_KEY (" + next.id() + ") nor CADBRIDGE_PREVIOUS_MASTER_KEY");
        DatabaseMigrations.migrate(DATABASE.dataSource(), rotating);

        assertThat(DATABASE.dsl().selectFrom(INTEGRATION_SECRET).fetchSingle().getKeyId())
                .isEqualTo(next.id());
        assertThat(repository(MasterKeys.of(next)).findById(integration.id())).contains(integration);
        assertThat(tokens(MasterKeys.of(next)).find(sender.id())).contains(sender);
    }

    @Test
    void aSendersSigningSecretsMovedToAnotherTokenDoNotOpen() {
        ApiToken other = new ApiToken(
                UUID.randomUUID(),
                "other sender",
                Set.of(Scope.EVENTS_WRITE),
                Instant.parse("2026-12-05T09:00:00Z"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        tokens(PostgresSchema.KEYS).add(other, new TokenSecret("cbt_other").digest());
        DATABASE.dsl()
                .update(API_TOKEN)
                .set(
                        API_TOKEN.SIGNING_SEALED,
                        DSL.select(API_TOKEN.SIGNING_SEALED).from(API_TOKEN).where(API_TOKEN.ID.eq(sender.id())))
                .set(
                        API_TOKEN.SIGNING_KEY_ID,
                        DSL.select(API_TOKEN.SIGNING_KEY_ID).from(API_TOKEN).where(API_TOKEN.ID.eq(sender.id())))
                .where(API_TOKEN.ID.eq(other.id()))
                .execute();

        assertThatThrownBy(() -> tokens(PostgresSchema.KEYS).find(other.id()))
                .hasMessageContaining("api_token:" + other.id())
                .hasMessageContaining("moved from another row");
    }

    @Test
    void aKeyNeverPrintsItself() {
        MasterKey key = PostgresSchema.KEYS.current();

        assertThat(key.toString()).doesNotContain(key.base64()).contains(key.id());
        assertThatThrownBy(() -> MasterKey.parse("c2hvcnQ="))
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
    }

    @Test
    void deletingTheIntegrationDeletesItsSecrets() {
        repository(PostgresSchema.KEYS).delete(integration.id());

        assertThat(DATABASE.dsl().fetchCount(INTEGRATION_SECRET)).isZero();
    }

    private static JooqApiTokenStore tokens(MasterKeys keys) {
        return new JooqApiTokenStore(DATABASE.dsl(), new SecretSeal(keys));
    }

    private static JooqIntegrationRepository repository(MasterKeys keys) {
        return new JooqIntegrationRepository(DATABASE.dsl(), new SecretColumns(new SecretSeal(keys)));
    }
}
