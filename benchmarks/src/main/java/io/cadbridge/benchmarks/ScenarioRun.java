package io.cadbridge.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Runs one scenario from scratch: a fresh PostgreSQL, the local CRM, the service in its own JVM with the
 * benchmark integration; a warm-up, then the measured load, then waits until every accepted event is done.
 */
final class ScenarioRun {

    /**
     * How long the drain waits without any event finishing before it gives up: longer than the service's
     * 30 s job lease, so that a job stopped by an error and taken up again when its lease expires is counted.
     */
    private static final Duration STALLED = Duration.ofSeconds(45);

    private static final int MOST_FREQUENT_STATEMENTS = 6;

    private final Scenario scenario;
    private final Path repository;
    private final boolean keepStatistics;
    private final Map<String, String> serviceSettings;

    ScenarioRun(Scenario scenario, Path repository) {
        this(scenario, repository, false);
    }

    /** With {@code keepStatistics}, every channel keeps the integration's saved key for statistics and history. */
    ScenarioRun(Scenario scenario, Path repository, boolean keepStatistics) {
        this(scenario, repository, keepStatistics, Map.of());
    }

    /** With {@code serviceSettings} (CADBRIDGE_* variables, such as the Kafka ones) given to the service. */
    ScenarioRun(Scenario scenario, Path repository, boolean keepStatistics, Map<String, String> serviceSettings) {
        this.scenario = scenario;
        this.repository = repository;
        this.keepStatistics = keepStatistics;
        this.serviceSettings = Map.copyOf(serviceSettings);
    }

    Report run() throws IOException, SQLException, InterruptedException {
        Path runDirectory = runDirectory(repository, scenario.name());
        try (BenchDatabase database = BenchDatabase.start(runDirectory.resolve("postgres"));
                LocalCrm crm = LocalCrm.start(scenario.crmLatency())) {
            int port = freePort();
            try (ServiceProcess service =
                    ServiceProcess.start(repository, runDirectory, database, port, serviceSettings)) {
                ServiceApi api = new ServiceApi(port, ServiceProcess.TOKEN);
                api.createIntegration(crm.customersUrl(), Scenario.maxConcurrentCalls());
                if (keepStatistics) {
                    api.keepForStatistics(List.of(ServiceApi.SAVED_KEY));
                }
                Figures figures = measure(database, crm, service, api);
                return new Report(scenario, figures, Report.Environment.describe(database.serverVersion()));
            }
        }
    }

    private Figures measure(BenchDatabase database, LocalCrm crm, ServiceProcess service, ServiceApi api)
            throws IOException, SQLException, InterruptedException {
        try (HeapWatch heap = HeapWatch.start(service.pid())) {
            progress("warm-up " + scenario.warmUp().toSeconds() + " s");
            drain(database, scenario.load().run(api, "warm", scenario.warmUp()));
            crm.resetCounters();
            long postmaster = database.postmasterPid();
            CpuWatch.Sample cpuBefore = CpuWatch.sample(service.pid(), postmaster);
            BenchDatabase.Counters countersBefore = database.counters();
            database.resetStatements();
            progress("measuring " + scenario.load());
            SendLog log = scenario.load().run(api, "bench", scenario.load().duration());
            drain(database, log);
            CpuWatch.Split cpu = CpuWatch.Split.between(
                    cpuBefore,
                    CpuWatch.sample(service.pid(), postmaster),
                    Runtime.getRuntime().availableProcessors());
            BenchDatabase.Counters counters = database.counters().minus(countersBefore);
            return Figures.of(
                    log,
                    database.completions(log.prefix()),
                    scenario.crmLatency(),
                    new Figures.Crm(crm.calls(), crm.maxInFlight()),
                    heap.stop(service.gcLog()),
                    service.ranOutOfMemory(),
                    cpu,
                    counters,
                    database.statements(MOST_FREQUENT_STATEMENTS));
        }
    }

    /** Waits until every accepted event of the log is done, or nothing finished for {@link #STALLED}. */
    static void awaitDone(BenchDatabase database, SendLog log) throws SQLException, InterruptedException {
        drain(database, log);
    }

    /** Waits until every accepted event of the log is done, or nothing finished for {@link #STALLED}. */
    private static void drain(BenchDatabase database, SendLog log) throws SQLException, InterruptedException {
        long expected = log.acceptedCount();
        long done = database.doneJobs(log.prefix());
        long lastProgress = System.nanoTime();
        while (done < expected && System.nanoTime() - lastProgress < STALLED.toNanos()) {
            Thread.sleep(1_000);
            long now = database.doneJobs(log.prefix());
            if (now > done) {
                lastProgress = System.nanoTime();
            }
            done = now;
        }
        progress("%s: %,d of %,d accepted events done".formatted(log.prefix(), done, expected));
    }

    /** A port nothing listens on now, for the service to bind. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A new directory for everything of one run (PostgreSQL data, service log, GC log), named by its time. */
    static Path runDirectory(Path repository, String name) throws IOException {
        Path runDirectory = repository
                .resolve("benchmarks/target/runs")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + name);
        Files.createDirectories(runDirectory);
        progress("run directory " + runDirectory);
        return runDirectory;
    }

    static void progress(String message) {
        System.err.println("[benchmark " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }
}
