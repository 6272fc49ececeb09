package io.cadbridge.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh schema per test class, migrated by {@link DatabaseMigrations}, dropped afterwards.
 * Register it as a static field with {@code @RegisterExtension}.
 */
final class PostgresSchema implements BeforeAllCallback, AfterAllCallback {

    /** The master key of every test schema; tests of sealing use their own. */
    static final MasterKeys KEYS = MasterKeys.of(MasterKey.parse("Y2FkYnJpZGdlIHRlc3QgbWFzdGVyIGtleSAzMiBieXQ="));

    private HikariDataSource dataSource;
    private DSLContext dsl;
    private String schema;

    @Override
    public void beforeAll(ExtensionContext context) {
        schema = ("test_" + context.getRequiredTestClass().getSimpleName() + "_"
                        + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT);
        dataSource = pool(schema);
        dsl = JooqContexts.postgres(dataSource);
        dsl.createSchema(schema).execute();
        DatabaseMigrations.migrate(dataSource, KEYS);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            dsl.dropSchema(schema).cascade().execute();
        } finally {
            dataSource.close();
        }
    }

    /** How the repositories of these tests write and read integration secrets. */
    static SecretColumns secrets() {
        return new SecretColumns(new SecretSeal(KEYS));
    }

    DataSource dataSource() {
        return dataSource;
    }

    DSLContext dsl() {
        return dsl;
    }

    /** Empties every table, so each test starts from nothing while the class keeps its schema. */
    void clear() {
        dsl.execute("truncate integration, integration_secret, conversation, accepted_event, job,"
                + " extra_data_settings, history_value, integration_run, erasure, extra_data_daily, api_token,"
                + " audit_entry, display_profile, kafka_offset, ingestion_rejected");
    }

    /** Each connection's search_path is the test schema; like production, nothing is schema-qualified. */
    private static HikariDataSource pool(String schema) {
        PostgresServer server = PostgresServer.get();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setSchema(schema);
        config.setMaximumPoolSize(4);
        config.setPoolName(schema);
        return new HikariDataSource(config);
    }
}
