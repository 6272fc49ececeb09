package io.cadbridge.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL server of this test JVM: an embedded one started on first use, or the running
 * server named by {@code -Dtest.pg.url} (with {@code -Dtest.pg.user} and {@code -Dtest.pg.password}).
 */
record PostgresServer(String url, String user, String password) {

    private static final class Holder {
        static final PostgresServer SERVER = start();
    }

    static PostgresServer get() {
        return Holder.SERVER;
    }

    private static PostgresServer start() {
        String url = System.getProperty("test.pg.url", "");
        if (!url.isBlank()) {
            return new PostgresServer(
                    url, System.getProperty("test.pg.user", "postgres"), System.getProperty("test.pg.password", ""));
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(embedded)));
            return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static void close(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
