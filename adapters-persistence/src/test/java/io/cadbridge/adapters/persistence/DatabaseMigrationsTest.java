package io.cadbridge.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseMigrationsTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Test
    void migratingAnUpToDateSchemaAgainChangesNothing() {
        int applied = DATABASE.dsl().fetchCount(DATABASE.dsl().selectFrom("flyway_schema_history"));

        DatabaseMigrations.migrate(DATABASE.dataSource(), PostgresSchema.KEYS);

        assertThat(DATABASE.dsl().fetchCount(DATABASE.dsl().selectFrom("flyway_schema_history")))
                .isEqualTo(applied);
        assertThat(DATABASE.dsl().fetchValue("select bool_and(success) from flyway_schema_history"))
                .isEqualTo(true);
    }
}
