package io.cadbridge.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.StorageHealth;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Asks the pool for a connection and validates it, on a virtual thread of its own, waiting at most
 * the time given: a pool that blocks for its whole connection timeout, or a server that accepts and
 * never answers, still gets a verdict in time.
 */
final class JdbcStorageHealth implements StorageHealth {

    private final DataSource dataSource;

    @Inject
    JdbcStorageHealth(DataSource dataSource) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
    }

    @Override
    public boolean answersWithin(Duration within) {
        CompletableFuture<Boolean> check = new CompletableFuture<>();
        Thread.ofVirtual().name("cadbridge-readiness").start(() -> {
            try (Connection connection = dataSource.getConnection()) {
                check.complete(connection.isValid((int) Math.max(1, within.toSeconds())));
            } catch (SQLException | RuntimeException e) {
                check.complete(false);
            }
        });
        try {
            return check.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
