package io.cadbridge.benchmarks;

import static io.cadbridge.benchmarks.ScenarioRun.progress;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code Benchmarks soak}: do the tables stay bounded under steady load? The service keeps the
 * integration's saved key for statistics and history, with short retention periods
 * ({@code bench.history-retention}, default PT4M; {@code bench.operational-retention}, default PT2M)
 * pruned every {@code bench.retention-interval} (default PT30S); an open-loop load of {@code bench.rate}
 * events/s (default 200), each a new conversation, runs for {@code bench.seconds} (default 900). Every
 * {@code bench.sample-seconds} (default 60) each table's rows and size on disk are sampled: once the
 * retention periods have passed, rows stay level and sizes stop growing (PostgreSQL reuses the space
 * that deleted rows leave, once vacuumed).
 */
final class Soak {

    private static final List<String> TABLES =
            List.of("conversation", "history_value", "extra_data_daily", "accepted_event", "job", "integration_run");

    private final Path repository;
    private final int rate = Integer.getInteger("bench.rate", 200);
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("bench.seconds", 900));
    private final Duration sampleEvery = Duration.ofSeconds(Integer.getInteger("bench.sample-seconds", 60));
    private final Map<String, String> retention = Map.of(
            "CADBRIDGE_HISTORY_RETENTION", System.getProperty("bench.history-retention", "PT4M"),
            "CADBRIDGE_OPERATIONAL_RETENTION", System.getProperty("bench.operational-retention", "PT2M"),
            "CADBRIDGE_RETENTION_INTERVAL", System.getProperty("bench.retention-interval", "PT30S"));

    Soak(Path repository) {
        this.repository = repository;
    }

    String run() throws IOException, SQLException, InterruptedException {
        Path runDirectory = ScenarioRun.runDirectory(repository, "soak");
        try (BenchDatabase database = BenchDatabase.start(runDirectory.resolve("postgres"));
                LocalCrm crm = LocalCrm.start(Duration.ZERO)) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            try (ServiceProcess service = ServiceProcess.start(repository, runDirectory, database, port, retention)) {
                ServiceApi api = new ServiceApi(port, ServiceProcess.TOKEN);
                api.createIntegration(crm.customersUrl(), Scenario.maxConcurrentCalls());
                api.keepForStatistics(List.of(ServiceApi.SAVED_KEY));
                List<String> samples = new ArrayList<>();
                AtomicBoolean loading = new AtomicBoolean(true);
                long started = System.nanoTime();
                Thread sampler = Thread.ofVirtual().start(() -> {
                    while (loading.get()) {
                        try {
                            Thread.sleep(sampleEvery);
                            samples.add(sample(database, (System.nanoTime() - started) / 1_000_000_000L));
                        } catch (InterruptedException e) {
                            return;
                        } catch (SQLException e) {
                            samples.add("| sampling failed: " + e.getMessage() + " |\n");
                        }
                    }
                });
                progress(
                        "soaking: %d events/s for %d s, retention %s".formatted(rate, duration.toSeconds(), retention));
                SendLog log = new Load.Open(rate, duration).run(api, "soak", duration);
                loading.set(false);
                sampler.interrupt();
                sampler.join();
                StringBuilder report = new StringBuilder();
                report.append("### soak, %d events/s for %d s (%s)%n%n"
                        .formatted(rate, duration.toSeconds(), LocalDate.now()));
                report.append("Retention: %s; %,d events accepted.%n%n".formatted(retention, log.acceptedCount()));
                report.append("| After | ");
                TABLES.forEach(table -> report.append(table).append(" rows / MB | "));
                report.append("\n|---|");
                TABLES.forEach(table -> report.append("---|"));
                report.append('\n');
                samples.forEach(report::append);
                return report.toString();
            }
        }
    }

    private static String sample(BenchDatabase database, long seconds) throws SQLException {
        StringBuilder row = new StringBuilder("| %d s | ".formatted(seconds));
        for (String table : TABLES) {
            BenchDatabase.TableSize size = database.tableSize(table);
            row.append("%,d / %.1f | ".formatted(size.rows(), size.bytes() / 1e6));
        }
        progress("sample " + row);
        return row.append('\n').toString();
    }
}
