package io.cadbridge.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcStorageHealthTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Test
    void aReachableDatabaseAnswers() {
        assertThat(new JdbcStorageHealth(DATABASE.dataSource()).answersWithin(Duration.ofMillis(1_500)))
                .isTrue();
    }

    /** A server on this machine that accepts connections and never answers: the verdict still comes in time. */
    @Test
    void aDatabaseThatDoesNotAnswerIsToldInTime() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/postgres");
            config.setUsername("postgres");
            config.setConnectionTimeout(3_000);
            config.setInitializationFailTimeout(-1);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                long started = System.nanoTime();

                boolean answered = new JdbcStorageHealth(pool).answersWithin(Duration.ofMillis(1_500));

                assertThat(answered).isFalse();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            }
        }
    }
}
