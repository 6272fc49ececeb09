package io.cadbridge.adapters.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.postgresql.PGStatement;

/**
 * The hot path's batch statements (ADR 0033): one fixed SQL text per statement whatever the batch
 * size, each column of the batch bound as one array and read back with {@code unnest}: nothing is
 * rendered, parsed or planned per row, only once per batch. Timestamps travel as ISO-8601 text truncated to microseconds (what a
 * {@code timestamptz} keeps), so what is stored does not depend on how the driver or server rounds.
 */
final class ArrayStatements {

    private final Connection connection;

    private ArrayStatements(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code work} on the connection of {@code tx} (inside its transaction). */
    static <T> T on(DSLContext tx, Function<ArrayStatements, T> work) {
        return tx.connectionResult(connection -> work.apply(new ArrayStatements(connection)));
    }

    /** Executes {@code sql} with {@code parameters} (arrays from this class, or plain values); returns the update count. */
    int execute(String sql, Object... parameters) {
        return update(sql, false, parameters);
    }

    /** Runs {@code sql} (a query or a statement with {@code returning}) and maps each row. */
    <R> List<R> query(String sql, RowMapper<R> mapper, Object... parameters) {
        return rows(sql, false, mapper, parameters);
    }

    /**
     * Executes an insert whose rows come from its arrays alone (no other table read but through its
     * unique index): its plan fits every batch and table size, so the connection prepares it once.
     */
    int insert(String sql, Object... parameters) {
        return update(sql, true, parameters);
    }

    /** {@link #insert} with {@code returning}: maps each row returned. */
    <R> List<R> insertReturning(String sql, RowMapper<R> mapper, Object... parameters) {
        return rows(sql, true, mapper, parameters);
    }

    private int update(String sql, boolean reusePlan, Object[] parameters) {
        try (PreparedStatement statement = prepared(sql, reusePlan, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private <R> List<R> rows(String sql, boolean reusePlan, RowMapper<R> mapper, Object[] parameters) {
        try (PreparedStatement statement = prepared(sql, reusePlan, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<R> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    Array texts(List<String> values) {
        return array("text", values.toArray());
    }

    Array longs(List<Long> values) {
        return array("int8", values.toArray());
    }

    Array ints(List<Integer> values) {
        return array("int4", values.toArray());
    }

    /** Bound as text; the statement casts the elements ({@code ::timestamptz}). Null elements stay null. */
    Array instants(List<Instant> values) {
        return array(
                "text",
                values.stream()
                        .map(instant -> instant == null
                                ? null
                                : instant.truncatedTo(ChronoUnit.MICROS).toString())
                        .toArray());
    }

    private Array array(String type, Object[] elements) {
        try {
            return connection.createArrayOf(type, elements);
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("cannot bind a " + type + " array: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepared(String sql, boolean reusePlan, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            if (!reusePlan) {
                // Planned each time with the batch's arrays (their length included), never from a cached
                // generic plan: one made while a table was small (a sequential scan) stays in use as the
                // table grows, and under sustained load a step commit then took seconds (ADR 0033).
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static org.jooq.exception.DataAccessException failed(String sql, SQLException e) {
        // The statement's text names tables and columns only: bound values (possibly secrets) are not in it.
        return new org.jooq.exception.DataAccessException(
                "SQL [" + sql.strip().replaceAll("\\s+", " ") + "]; " + e.getMessage(), e);
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowMapper<R> {
        R map(ResultSet row) throws SQLException;
    }
}
