package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;

/**
 * Tells "the database cannot be reached" (down, restarting, no connection within the pool's timeout)
 * from every other database error, so that callers can answer 503 and try again later instead of
 * treating it as a bug.
 */
final class StorageErrors implements ExecuteListener {

    private static final long serialVersionUID = 1L;

    /** Runs {@code work}, turning an unreachable database into {@link StorageUnavailableException}. */
    static <T> T guarded(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw translated(e);
        }
    }

    static RuntimeException translated(RuntimeException e) {
        return unreachable(e)
                ? new StorageUnavailableException("the database cannot be reached: " + rootMessage(e), e)
                : e;
    }

    /** Statements outside {@link #guarded} blocks are translated too. */
    @Override
    public void exception(ExecuteContext ctx) {
        if (ctx.exception() != null && unreachable(ctx.exception())) {
            ctx.exception(new StorageUnavailableException(
                    "the database cannot be reached: " + rootMessage(ctx.exception()), ctx.exception()));
        }
    }

    /**
     * SQLState class 08 (connection exception), 57P01-57P03 (admin shutdown, crash shutdown, cannot
     * connect now: the server is stopping or starting) or the pool's own "no connection in time".
     */
    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StorageUnavailableException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
