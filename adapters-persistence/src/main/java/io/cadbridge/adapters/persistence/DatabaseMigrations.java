package io.cadbridge.adapters.persistence;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the database schema up to date; the composition root calls it once at start. */
public final class DatabaseMigrations {

    private DatabaseMigrations() {}

    /** Applies the pending migrations to the data source's current schema (its search_path). */
    public static void migrate(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource is null");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
