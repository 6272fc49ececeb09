package io.cadbridge.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.postgresql.PGStatement;

/**
 * The hot path's batch statements (ADR 0033): one fixed SQL text per statement whatever the batch
 * size, each column of the batch bound as one array and read back with {@code unnest}: nothing is
 * rendered, parsed or planned per row, only once per batch. Timestamps travel as ISO-8601 text truncated to microseconds (what a
 * {@code timestamptz} keeps), so what is stored does not depend on how the driver or server rounds.
 */
final class ArrayStatements {

    private static final String INDEX_LOOKUPS_ONLY = "select set_config('enable_seqscan', 'off', true),"
            + " set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true),"
            + " set_config('plan_cache_mode', 'force_generic_plan', true)";

    private final Connection connection;

    private ArrayStatements(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code work} on the connection of {@code tx} (inside its transaction). */
    static <T> T on(DSLContext tx, Function<ArrayStatements, T> work) {
        return tx.connectionResult(connection -> work.apply(new ArrayStatements(connection)));
    }

    /**
     * Makes the plans of this transaction find rows through indexes (no sequential scan, hash or merge
     * join): then a statement's cached generic plan, made after five executions, perhaps while the tables
     * were nearly empty, still fits them once they are large. Without this such a plan used sequential
     * scans, and under sustained load a step commit took seconds (ADR 0033). It also makes them use
     * that plan from their first execution on: left to choose, PostgreSQL planned the conversations'
     * lock and update at every execution, which cost more than executing them. For transactions whose
     * statements look up at most a batch of rows by key, each plan starting from the batch's keys
     * (checked with {@code explain} on an empty and a large database). The statement doing so, to run
     * first.
     */
    Bound indexLookupsOnly() {
        return new Bound(INDEX_LOOKUPS_ONLY, Bound.NO_ROWS);
    }

    /**
     * Runs {@code statements} in order in one round trip (ADR 0033): the driver sends them together,
     * with one Sync, and the server executes each before it binds, and so plans, the next. One failing
     * fails the transaction. Each statement's rows go to its reader.
     */
    void inOneRoundTrip(List<Bound> statements) {
        if (statements.isEmpty()) {
            return;
        }
        String sql = statements.stream().map(Bound::sql).collect(Collectors.joining(";\n"));
        Object[] parameters = statements.stream()
                .flatMap(bound -> Arrays.stream(bound.parameters()))
                .toArray();
        try (PreparedStatement statement = prepared(sql, true, parameters)) {
            boolean rows = statement.execute();
            for (Bound bound : statements) {
                if (rows) {
                    try (ResultSet resultSet = statement.getResultSet()) {
                        while (resultSet.next()) {
                            bound.rows().read(resultSet);
                        }
                    }
                }
                rows = statement.getMoreResults();
            }
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /**
     * Executes {@code sql} with {@code parameters}, outside such a transaction, for a statement that looks
     * rows up: planned with each call's values, never from a cached generic plan. Returns the update count.
     */
    int executePlannedEachTime(String sql, Object... parameters) {
        try (PreparedStatement statement = prepared(sql, false, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    Column texts(List<String> values) {
        return texts(values, Function.identity());
    }

    Column longs(List<Long> values) {
        return longs(values, Function.identity());
    }

    /** One column of {@code rows}: each row's {@code column}, as a text array. */
    <T> Column texts(List<T> rows, Function<T, String> column) {
        return new Column(rows.stream().map(column).toArray(String[]::new));
    }

    /** One column of {@code rows}, as an {@code int8} array. */
    <T> Column longs(List<T> rows, Function<T, Long> column) {
        return new Column(rows.stream().map(column).toArray(Long[]::new));
    }

    /** One column of {@code rows}, as an {@code int4} array. */
    <T> Column ints(List<T> rows, Function<T, Integer> column) {
        return new Column(rows.stream().map(column).toArray(Integer[]::new));
    }

    /** One timestamp, bound as text as {@link #instants} binds each; the statement casts it ({@code ::timestamptz}). */
    String instant(Instant value) {
        return text(value);
    }

    /** One column of {@code rows}, bound as text; the statement casts the elements ({@code ::timestamptz}). Null elements stay null. */
    <T> Column instants(List<T> rows, Function<T, Instant> column) {
        return new Column(rows.stream().map(column).map(ArrayStatements::text).toArray(String[]::new));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).toString();
    }

    private PreparedStatement prepared(String sql, boolean reusePlan, Object[] parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            if (!reusePlan) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof Column column ? column.values() : parameters[i]);
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

    /** Takes in one row. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * A batch's column, bound as one array parameter. The driver sends a {@code String[]}, {@code Long[]} or
     * {@code Integer[]} in PostgreSQL's binary array format: no array literal to build, escape and parse, as
     * {@code createArrayOf} made for every JSON payload. Wrapped, so that it is never taken for a varargs array.
     */
    record Column(Object[] values) {}

    /** A statement, its parameters (columns from this class, or plain values) and the reader of its rows. */
    record Bound(String sql, RowReader rows, Object... parameters) {

        /** For a statement whose rows (if any) nobody reads. */
        static final RowReader NO_ROWS = row -> {};
    }
}
