package io.cadbridge.adapters.persistence;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the database up to date; the composition root calls it once at start. */
public final class DatabaseMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrations.class);

    private DatabaseMigrations() {}

    /**
     * Applies the pending schema migrations to the data source's current schema (its search_path),
     * then seals with the current master key every integration's secrets that are not yet: those kept
     * in plain text before V16, and those of the previous key after a rotation; and the event senders'
     * signing secrets of the previous key.
     */
    public static void migrate(DataSource dataSource, MasterKeys keys) {
        requireNonNull(dataSource, "dataSource is null");
        requireNonNull(keys, "keys is null");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        SecretSeal seal = new SecretSeal(keys);
        DSLContext dsl = JooqContexts.postgres(dataSource);
        int sealed = new SecretColumns(seal).sealAll(dsl);
        if (sealed > 0) {
            LOG.info(
                    "sealed the secrets of {} integrations with master key {}",
                    sealed,
                    keys.current().id());
        }
        int senders = JooqApiTokenStore.sealAll(dsl, seal);
        if (senders > 0) {
            LOG.info(
                    "sealed the signing secrets of {} event senders with master key {}",
                    senders,
                    keys.current().id());
        }
    }
}
