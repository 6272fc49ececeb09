package io.cadbridge.benchmarks;

import static io.cadbridge.benchmarks.ScenarioRun.progress;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * {@code Benchmarks statistics}: what keeping statistics costs the event throughput. The throughput
 * scenario runs in {@code bench.pairs} pairs (default 3): once as it is, once with every channel keeping
 * the integration's saved key for statistics and history; which of the two goes first alternates. These
 * machines drift in speed within minutes, so each figure is the median of the pairs' ratios.
 *
 * <p>The two cores are the limit, so the headline is the CPU that the service and PostgreSQL spend per
 * completed event (throughput is its inverse). Events accepted and completed per second are reported
 * beside it: in a closed loop they trade against each other (a run that accepts faster builds a backlog
 * that it then works off), so each alone misleads.
 */
final class StatisticsCost {

    private record Run(double acceptedPerSecond, double completedPerSecond, double cpuMillisPerEvent) {

        static Run of(Figures figures) {
            double cores = figures.cpu().service() + figures.cpu().postgres();
            return new Run(
                    figures.acceptedPerSecond(),
                    figures.completedPerSecond(),
                    figures.cpu().millisPerEvent(cores, figures.completed()));
        }
    }

    private final Path repository;
    private final int pairs;

    StatisticsCost(Path repository) {
        this.repository = repository;
        this.pairs = Integer.getInteger("bench.pairs", 3);
    }

    String run() throws IOException, SQLException, InterruptedException {
        Scenario throughput = Scenario.named("throughput");
        StringBuilder report = new StringBuilder();
        report.append("### statistics cost, %d pairs of `throughput` runs (%s)%n%n".formatted(pairs, LocalDate.now()));
        report.append("Each cell: without statistics → with `%s` kept.%n%n".formatted(ServiceApi.SAVED_KEY));
        report.append("| Pair | accepted events/s | completed events/s | CPU per event, service + PostgreSQL |\n");
        report.append("|---|---|---|---|\n");
        List<Run[]> runs = new ArrayList<>();
        for (int pair = 1; pair <= pairs; pair++) {
            Run[] both = new Run[2];
            for (boolean keep : pair % 2 == 1 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                progress("pair %d of %d, %s statistics".formatted(pair, pairs, keep ? "with" : "without"));
                both[keep ? 1 : 0] = Run.of(
                        new ScenarioRun(throughput, repository, keep).run().figures());
            }
            runs.add(both);
            report.append("| %d | %,.0f → %,.0f | %,.0f → %,.0f | %.3f → %.3f ms |%n"
                    .formatted(
                            pair,
                            both[0].acceptedPerSecond(),
                            both[1].acceptedPerSecond(),
                            both[0].completedPerSecond(),
                            both[1].completedPerSecond(),
                            both[0].cpuMillisPerEvent(),
                            both[1].cpuMillisPerEvent()));
        }
        report.append(("%nMedian with ÷ without: **%.3f** by CPU per event (the throughput the two cores allow;"
                        + " target ≥ 0.90, a drop of ≤ 10 %%), %.3f by accepted events/s, %.3f by completed events/s.%n")
                .formatted(
                        median(runs, run -> 1 / run.cpuMillisPerEvent()),
                        median(runs, Run::acceptedPerSecond),
                        median(runs, Run::completedPerSecond)));
        return report.toString();
    }

    /** The median over the pairs of (with ÷ without) of {@code figure}. */
    private static double median(List<Run[]> runs, ToDoubleFunction<Run> figure) {
        double[] ratios = runs.stream()
                .mapToDouble(both -> figure.applyAsDouble(both[1]) / figure.applyAsDouble(both[0]))
                .sorted()
                .toArray();
        return ratios.length % 2 == 1
                ? ratios[ratios.length / 2]
                : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
    }
}
