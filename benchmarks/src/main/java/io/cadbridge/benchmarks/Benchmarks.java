package io.cadbridge.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * {@code Benchmarks [throughput|latency|inflight|all|kafka|history|statistics|soak|agent-view|warmup|backlog]}: runs the scenarios against the built service,
 * prints each report and appends it as markdown to {@code bench.results} (default benchmarks/results.md).
 * Started by benchmarks/run, from the repository's root.
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        String chosen = args.length == 0 ? "all" : args[0];
        if (List.of("history", "statistics", "soak", "agent-view", "warmup", "backlog")
                .contains(chosen)) {
            Path repository = Path.of(System.getProperty("bench.repository", "."))
                    .toAbsolutePath()
                    .normalize();
            String report = switch (chosen) {
                case "history" -> new HistoryBenchmark(repository).run();
                case "statistics" -> new StatisticsCost(repository).run();
                case "agent-view" -> new AgentViewLatency(repository).run();
                case "warmup" -> new WarmUpBenchmark(repository).run();
                case "backlog" -> new BacklogDrain(repository).run();
                default -> new Soak(repository).run();
            };
            System.out.println(report);
            Files.writeString(
                    repository.resolve(System.getProperty("bench.results", "benchmarks/results.md")),
                    report + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return;
        }
        Path repository = Path.of(System.getProperty("bench.repository", "."))
                .toAbsolutePath()
                .normalize();
        Path results = repository.resolve(System.getProperty("bench.results", "benchmarks/results.md"));
        if (chosen.equals("kafka")) {
            // The broker runs in this JVM, on loopback, for the whole scenario.
            try (BenchKafka kafka = BenchKafka.start(Scenario.setting("partitions", 4))) {
                Scenario scenario = Scenario.kafka(kafka);
                append(results, new ScenarioRun(scenario, repository, false, kafka.serviceSettings()).run());
            }
            return;
        }
        List<String> names = chosen.equals("all") ? Scenario.NAMES : List.of(chosen);
        for (Scenario scenario : names.stream().map(Scenario::named).toList()) {
            append(results, new ScenarioRun(scenario, repository).run());
        }
    }

    private static void append(Path results, Report report) throws IOException {
        System.out.println(report.text());
        Files.writeString(
                results,
                report.markdown(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        System.out.println("Appended to " + results);
    }
}
