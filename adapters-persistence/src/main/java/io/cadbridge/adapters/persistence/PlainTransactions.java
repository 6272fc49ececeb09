package io.cadbridge.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * Transactions for the hot path, without jOOQ's transaction provider: that one asks the driver for
 * the isolation level at every begin, which costs PostgreSQL a round trip
 * ({@code SHOW TRANSACTION ISOLATION LEVEL}) per transaction. Same settings and listeners as
 * {@code dsl}; commits when {@code work} returns, rolls back when it throws.
 */
final class PlainTransactions {

    private PlainTransactions() {}

    static <T> T inTransaction(DSLContext dsl, Function<DSLContext, T> work) {
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Connection connection = provider.acquire();
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.apply(dsl.configuration()
                        .derive(new DefaultConnectionProvider(connection))
                        .dsl());
                connection.commit();
            } catch (RuntimeException | Error e) {
                rollBack(connection, e);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("cannot run a transaction: " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // The pool checks the connection when it comes back; a broken one is discarded.
            }
            provider.release(connection);
        }
    }

    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
