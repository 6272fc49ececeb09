package io.cadbridge.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL the service runs on, started here so that the benchmark reads the service's own
 * timestamps with plain JDBC. Durable like the service's embedded one: fsync and synchronous commit on.
 */
final class BenchDatabase implements AutoCloseable {

    /** The service's role: its statements are told apart from the benchmark's own (user postgres). */
    static final String SERVICE_USER = "cadbridge";

    static final String PASSWORD = "";
    private static final String USER = "postgres";

    /**
     * One accepted event that is done: every instant in microseconds since the epoch, -1 when unknown.
     * {@code committedMicros} is when the transaction that finished the job committed (the CAD became
     * visible); {@code finished_at} is stamped at that transaction's start.
     */
    record Completion(
            int event,
            long acceptedMicros,
            long runStartedMicros,
            long runMicros,
            long finishedMicros,
            long committedMicros) {}

    /** Cumulative counters of the service's database, compared before and after a scenario. */
    record Counters(long commits, long walFsyncs) {

        Counters minus(Counters before) {
            return new Counters(commits - before.commits, walFsyncs - before.walFsyncs);
        }
    }

    /** The service's statements since {@link #resetStatements}: how many in all, and the most frequent. */
    record Statements(long calls, List<Statement> mostFrequent) {

        record Statement(long calls, String query) {}
    }

    private static final String MICROS = "coalesce((extract(epoch from %s) * 1000000)::bigint, -1)";
    private static final String COMPLETIONS = "select j.event_id, " + MICROS.formatted("a.accepted_at") + ", "
            + MICROS.formatted("r.started_at") + ", coalesce(r.duration_micros, -1), "
            + MICROS.formatted("j.finished_at")
            + ", " + MICROS.formatted("pg_xact_commit_timestamp(j.xmin)")
            + " from job j left join accepted_event a on a.event_id = j.event_id"
            + " left join integration_run r on r.event_id = j.event_id"
            + " where j.state = 'done' and j.event_id like ?";

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final Connection connection;

    private BenchDatabase(EmbeddedPostgres postgres, Path directory) throws SQLException {
        this.postgres = postgres;
        this.directory = directory;
        this.connection = DriverManager.getConnection(url(), USER, PASSWORD);
        execute("create role " + SERVICE_USER + " login superuser");
        execute("create extension pg_stat_statements");
    }

    static BenchDatabase start(Path directory) throws IOException, SQLException {
        Files.createDirectories(directory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // For pg_xact_commit_timestamp: when the job's last transaction really committed.
                .setServerConfig("track_commit_timestamp", "on")
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new BenchDatabase(postgres, directory);
    }

    String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** Runs SQL of the benchmark's own (a data loader), as the superuser, outside the service. */
    void run(String sql) throws SQLException {
        execute(sql);
    }

    /** The postmaster's process id: its backends are its children. */
    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid"))
                .getFirst()
                .strip());
    }

    String serverVersion() throws SQLException {
        return single("show server_version");
    }

    long doneJobs(String prefix) throws SQLException {
        try (PreparedStatement count =
                connection.prepareStatement("select count(*) from job where state = 'done' and event_id like ?")) {
            count.setString(1, prefix + "-%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    List<Completion> completions(String prefix) throws SQLException {
        List<Completion> completions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(COMPLETIONS)) {
            select.setString(1, prefix + "-%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int event = Integer.parseInt(rows.getString(1).substring(prefix.length() + 1));
                    completions.add(new Completion(
                            event,
                            rows.getLong(2),
                            rows.getLong(3),
                            rows.getLong(4),
                            rows.getLong(5),
                            rows.getLong(6)));
                }
            }
        }
        return completions;
    }

    Counters counters() throws SQLException {
        long commits =
                Long.parseLong(single("select xact_commit from pg_stat_database where datname = current_database()"));
        long fsyncs =
                Long.parseLong(single("select coalesce(sum(fsyncs), 0)::bigint from pg_stat_io where object = 'wal'"));
        return new Counters(commits, fsyncs);
    }

    /** A table's rows (counted) and its size on disk with its indexes and TOAST. */
    record TableSize(String table, long rows, long bytes) {}

    TableSize tableSize(String table) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*), pg_total_relation_size('%s') from %s".formatted(table, table))) {
            rows.next();
            return new TableSize(table, rows.getLong(1), rows.getLong(2));
        }
    }

    void resetStatements() throws SQLException {
        single("select pg_stat_statements_reset()");
    }

    Statements statements(int mostFrequent) throws SQLException {
        List<Statements.Statement> statements = new ArrayList<>();
        try (java.sql.Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery(
                        "select calls, regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements"
                                + " where userid = '" + SERVICE_USER + "'::regrole order by calls desc")) {
            while (rows.next()) {
                statements.add(new Statements.Statement(rows.getLong(1), rows.getString(2)));
            }
        }
        long calls = statements.stream().mapToLong(Statements.Statement::calls).sum();
        return new Statements(calls, statements.subList(0, Math.min(mostFrequent, statements.size())));
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String single(String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Override
    public void close() throws IOException, SQLException {
        connection.close();
        postgres.close();
    }
}
