package io.cadbridge.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link CrashRecoveryTest}: starts an embedded PostgreSQL in the given
 * directory, writes a row, and halts without shutdown hooks, as a process killed with kill -9 would.
 */
public final class PostgresLeftRunning {

    private PostgresLeftRunning() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute(
                    "create schema crash_probe; create table crash_probe.left_behind (id int); insert into crash_probe.left_behind values (42)");
        }
        System.out.println("port=" + postgres.getPort());
        Runtime.getRuntime().halt(0);
    }
}
