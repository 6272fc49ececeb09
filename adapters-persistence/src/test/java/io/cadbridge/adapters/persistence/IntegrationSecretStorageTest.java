package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.adapters.persistence.jooq.tables.records.IntegrationSecretRecord;
import io.cadbridge.application.port.out.contract.IntegrationSamples;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.json.JsonValue;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Secrets live in their own table, sealed with AES-256-GCM under the master key (never in the clear,
 * never in the integration row that listings read), bound to their row, and re-sealed on rotation.
 */
class IntegrationSecretStorageTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private static final List<String> SECRETS = List.of("s3cret", "acme-tenant-key", "crm-user");

    private final Integration integration = IntegrationSamples.named("CRM lookup", 1);

    @BeforeEach
    void saveIntegration() {
        DATABASE.clear();
        repository(PostgresSchema.KEYS).save(integration);
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

    private static JooqIntegrationRepository repository(MasterKeys keys) {
        return new JooqIntegrationRepository(DATABASE.dsl(), new SecretColumns(new SecretSeal(keys)));
    }
}
