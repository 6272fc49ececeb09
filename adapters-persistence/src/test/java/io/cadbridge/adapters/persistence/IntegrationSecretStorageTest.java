package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.adapters.persistence.jooq.tables.records.IntegrationSecretRecord;
import io.cadbridge.application.port.out.contract.IntegrationSamples;
import io.cadbridge.domain.integration.Integration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Secrets live in their own table, never in the integration row that listings read. */
class IntegrationSecretStorageTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private final Integration integration = IntegrationSamples.named("CRM lookup", 1);

    @BeforeEach
    void saveIntegration() {
        DATABASE.clear();
        new JooqIntegrationRepository(DATABASE.dsl()).save(integration);
    }

    @Test
    void theIntegrationRowHoldsNoSecretValue() {
        String row = DATABASE.dsl().selectFrom(INTEGRATION).fetchSingle().formatJSON();

        assertThat(row).contains("CRM lookup").doesNotContain("s3cret", "acme-tenant-key", "crm-user");
    }

    @Test
    void theSecretRowHoldsCredentialsAndAuthentications() {
        IntegrationSecretRecord secret =
                DATABASE.dsl().selectFrom(INTEGRATION_SECRET).fetchSingle();

        assertThat(secret.getUsername()).isEqualTo("crm-user");
        assertThat(secret.getPassword()).isEqualTo("s3cret");
        assertThat(JsonColumns.value(secret.getAuthentications()).toJson())
                .isEqualTo("{\"tenant\":\"acme-tenant-key\"}");
    }

    @Test
    void deletingTheIntegrationDeletesItsSecrets() {
        new JooqIntegrationRepository(DATABASE.dsl()).delete(integration.id());

        assertThat(DATABASE.dsl().fetchCount(INTEGRATION_SECRET)).isZero();
    }
}
