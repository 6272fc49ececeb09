package io.cadbridge.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the durable queue left in the database, read with plain JDBC: the accepted events, their
 * jobs, the integration runs and the conversations' attached data. {@link ExactlyOnceCheck} judges it.
 */
record QueueLedger(
        Set<String> acceptedEvents,
        Map<String, String> jobStatesByEvent,
        Map<RunKey, String> runStatuses,
        Map<String, JsonNode> attachedDataByConversation) {

    /** One (event, integration) pair; {@code runStatuses} holds the statuses of its runs, comma-separated. */
    record RunKey(String eventId, String integrationId) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    static QueueLedger read(RestartablePostgres database) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            return new QueueLedger(
                    Set.copyOf(
                            query(statement, "select event_id, event_id from accepted_event", rows -> rows.getString(1))
                                    .keySet()),
                    query(
                            statement,
                            "select event_id, string_agg(state, ',') from job group by event_id",
                            rows -> rows.getString(2)),
                    query(
                            statement,
                            "select event_id, integration_id::text, string_agg(status, ',') from integration_run group by 1, 2",
                            rows -> new RunKey(rows.getString(1), rows.getString(2)),
                            rows -> rows.getString(3)),
                    query(
                            statement,
                            "select id, attached_data::text from conversation",
                            rows -> json(rows.getString(2))));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the queue's tables: " + e.getMessage(), e);
        }
    }

    /** True when every accepted event has a job and every job is done: nothing left to process. */
    static boolean drained(RestartablePostgres database) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select (select count(*) from job where state <> 'done')
                             + (select count(*) from accepted_event a where not exists (select 1 from job j where j.event_id = a.event_id))""")) {
            rows.next();
            return rows.getLong(1) == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The owners of the leases held right now ("pid@host/random"). A done job's owner is cleared, so
     * who worked is only visible while it works.
     */
    static Set<String> currentLeaseOwners(RestartablePostgres database) {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            return Set.copyOf(query(
                            statement,
                            "select distinct lease_owner, lease_owner from job where lease_owner is not null",
                            rows -> rows.getString(1))
                    .keySet());
        } catch (SQLException e) {
            return Set.of();
        }
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <V> Map<String, V> query(Statement statement, String sql, Column<V> value) throws SQLException {
        return query(statement, sql, rows -> rows.getString(1), value);
    }

    private static <K, V> Map<K, V> query(Statement statement, String sql, Column<K> key, Column<V> value)
            throws SQLException {
        Map<K, V> result = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.put(key.read(rows), value.read(rows));
            }
        }
        return result;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
