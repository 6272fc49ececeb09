package io.cadbridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Issue 16's "warm in seconds": a service started afresh is loaded at once (the throughput scenario's
 * 64 senders, 0 ms CRM, no warm-up) and the events whose CAD became visible are counted second by
 * second. Twice: a first start that records an AOT cache (JDK 25, {@code -XX:AOTCacheOutput}: classes
 * loaded and linked, method profiles) while it works, then a start that uses it, as {@code ./cadbridge
 * run} does from its second start on. Each start has its own fresh database.
 */
final class WarmUpBenchmark {

    private final Path repository;
    private final Duration load = Duration.ofSeconds(Scenario.setting("seconds", 45));

    WarmUpBenchmark(Path repository) {
        this.repository = repository;
    }

    String run() throws IOException, SQLException, InterruptedException {
        Path runDirectory = ScenarioRun.runDirectory(repository, "warmup");
        Path cache = runDirectory.resolve("cadbridge.aot");
        WarmUpCurve recording = start(runDirectory.resolve("first-start"), List.of("-XX:AOTCacheOutput=" + cache));
        if (!Files.exists(cache)) {
            throw new IOException("the first start wrote no AOT cache at " + cache + "; see its service.log");
        }
        WarmUpCurve cached = start(runDirectory.resolve("with-cache"), List.of("-XX:AOTCache=" + cache));
        return """
                ### warmup (issue 16: ≥ 80 %% of the steady rate within the first 15 s of load)

                %s
                %s
                CAD visible per second from the first second of load, %d s, 64 senders, CRM 0 ms; the AOT \
                cache (%,d MB) was recorded by the first start.
                """.formatted(
                        recording.describe("first start, recording the AOT cache"),
                        cached.describe("second start, with the AOT cache"),
                        load.toSeconds(),
                        Files.size(cache) / (1024 * 1024));
    }

    private WarmUpCurve start(Path directory, List<String> jvmOptions)
            throws IOException, SQLException, InterruptedException {
        Files.createDirectories(directory);
        try (BenchDatabase database = BenchDatabase.start(directory.resolve("postgres"));
                LocalCrm crm = LocalCrm.start(Duration.ZERO)) {
            int port = ScenarioRun.freePort();
            long started = System.nanoTime();
            try (ServiceProcess service =
                    ServiceProcess.start(repository, directory, database, port, Map.of(), jvmOptions)) {
                Duration healthyAfter = Duration.ofNanos(System.nanoTime() - started);
                ServiceApi api = new ServiceApi(port, ServiceProcess.TOKEN);
                api.createIntegration(crm.customersUrl(), Scenario.maxConcurrentCalls());
                ScenarioRun.progress("loading a fresh service for " + load.toSeconds() + " s " + jvmOptions);
                SendLog log = new Load.Closed(64, load, Scenario.setting("events", 500_000)).run(api, "warm", load);
                ScenarioRun.awaitDone(database, log);
                return WarmUpCurve.of(log, database.completions(log.prefix()), healthyAfter);
            }
            // Closing the service ends its JVM normally: that is when a recording JVM writes the AOT cache.
        }
    }
}
