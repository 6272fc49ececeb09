package io.cadbridge.bootstrap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's PostgreSQL: an external server when {@code CADBRIDGE_DB_URL} is set, otherwise an
 * embedded one whose data lives in the data directory, so a restart keeps everything.
 */
final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource pool;
    private final Optional<EmbeddedPostgres> embedded;

    private Database(HikariDataSource pool, Optional<EmbeddedPostgres> embedded) {
        this.pool = pool;
        this.embedded = embedded;
    }

    /** @param meters where the connection pool's usage and waits are measured */
    static Database open(ServiceSettings settings, MeterRegistry meters) {
        if (settings.externalDatabase().isPresent()) {
            DatabaseSettings external = settings.externalDatabase().get();
            LOG.info("Using PostgreSQL at {}", external.urlWithoutParameters());
            return new Database(
                    pool(external.url(), external.user(), external.password(), "CADBRIDGE_DB_URL", meters),
                    Optional.empty());
        }
        EmbeddedPostgres postgres = startEmbedded(settings.dataDirectory().resolve("postgres"));
        try {
            return new Database(
                    pool(
                            postgres.getJdbcUrl("postgres", "postgres"),
                            "postgres",
                            "",
                            "the embedded PostgreSQL",
                            meters),
                    Optional.of(postgres));
        } catch (RuntimeException e) {
            closeQuietly(postgres);
            throw e;
        }
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        embedded.ifPresent(Database::closeQuietly);
    }

    private static EmbeddedPostgres startEmbedded(Path directory) {
        try {
            Files.createDirectories(directory);
            OrphanedPostgres.stopIfRunning(directory);
            // zonky tunes PostgreSQL for throw-away test databases (fsync off, asynchronous commit);
            // the service's data must survive a crash, so both are switched back on.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Stopped by the service's own shutdown, last: zonky's hook would stop it while the
                    // worker still commits and gives its leases up.
                    .setRegisterShutdownHook(false)
                    .start();
            LOG.info("Started the embedded PostgreSQL with its data in {}", directory);
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new SettingsException(
                    "cannot start the embedded PostgreSQL in " + directory + " (CADBRIDGE_DATA_DIR): " + e.getMessage(),
                    e);
        }
    }

    private static HikariDataSource pool(
            String url, String user, String password, String source, MeterRegistry meters) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        // A database that is down must not hold requests for the default 30 s: after 3 s without a
        // connection the API answers 503 with Retry-After, and the worker tries again later.
        config.setConnectionTimeout(3_000);
        config.setPoolName("cadbridge");
        config.setInitializationFailTimeout(10_000);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new SettingsException("cannot connect to " + source + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
