package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.domain.integration.Integration;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The console's dashboard, from the same meters as {@code /metrics}: events per second and the queue
 * depth over the last minutes (sampled every {@link #SAMPLE}, drawn as small charts), runs by
 * outcome, and each integration's CRM calls with their 95th percentile (from the fixed buckets of
 * {@code cadbridge_crm_call_seconds}: the bucket it falls in).
 */
@Singleton
final class ConsoleDashboard implements ApiRoutes, AutoCloseable {

    static final Duration SAMPLE = Duration.ofSeconds(5);
    private static final int SAMPLES = 60;
    private static final int CHART_WIDTH = 300;
    private static final int CHART_HEIGHT = 60;

    /** One sample: events accepted so far, jobs waiting. */
    private record Sample(long nanos, double events, double queued) {}

    private final MeterRegistry registry;
    private final ManageIntegrationsUseCase integrations;
    private final ConsolePages console;
    private final Deque<Sample> samples = new ArrayDeque<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("cadbridge-dashboard").daemon().factory());

    @Inject
    ConsoleDashboard(MeterRegistry registry, ManageIntegrationsUseCase integrations, ConsolePages console) {
        this.registry = requireNonNull(registry, "registry is null");
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.console = requireNonNull(console, "console is null");
        sample();
        sampler.scheduleAtFixedRate(this::sample, SAMPLE.toMillis(), SAMPLE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/console/dashboard", this::show, Access.CONSOLE);
    }

    private void show(Context ctx) {
        List<Sample> taken;
        synchronized (samples) {
            taken = List.copyOf(samples);
        }
        List<Double> rates = new ArrayList<>();
        for (int i = 1; i < taken.size(); i++) {
            double seconds = (taken.get(i).nanos() - taken.get(i - 1).nanos()) / 1e9;
            rates.add(Math.max(0, taken.get(i).events() - taken.get(i - 1).events()) / seconds);
        }
        List<Double> queued = taken.stream().map(Sample::queued).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("eventsPerSecond", format(rates.isEmpty() ? 0 : rates.getLast()));
        model.put("eventsChart", points(rates));
        model.put("queueDepth", format(queued.isEmpty() ? 0 : queued.getLast()));
        model.put("queueChart", points(queued));
        model.put("runs", runsByStatus());
        model.put("crm", crmCalls());
        model.put("window", Duration.ofSeconds(SAMPLE.toSeconds() * SAMPLES).toMinutes() + " minutes");
        console.page(ctx, 200, "Dashboard", "console/dashboard.jte", model);
    }

    private void sample() {
        double events = registry.find("cadbridge.events").tag("outcome", "accepted").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
        double queued = registry.find("cadbridge.queue.pending.jobs").gauges().stream()
                .mapToDouble(Gauge::value)
                .sum();
        synchronized (samples) {
            samples.addLast(new Sample(System.nanoTime(), events, queued));
            while (samples.size() > SAMPLES) {
                samples.removeFirst();
            }
        }
    }

    private Map<String, String> runsByStatus() {
        Map<String, String> runs = new LinkedHashMap<>();
        for (String status : List.of("succeeded", "failed", "skipped")) {
            long count = Math.round(registry.find("cadbridge.runs").tag("status", status).counters().stream()
                    .mapToDouble(Counter::count)
                    .sum());
            runs.put(status, Long.toString(count));
        }
        return runs;
    }

    /** A row per integration called: its name, its calls, its p95; the busiest first. */
    private List<List<String>> crmCalls() {
        Map<String, String> names = integrations.list().stream()
                .collect(Collectors.toMap(integration -> integration.id().toString(), Integration::name, (a, b) -> a));
        Map<String, List<Timer>> byIntegration = registry.find("cadbridge.crm.call").timers().stream()
                .collect(Collectors.groupingBy(timer -> timer.getId().getTag("integration")));
        return byIntegration.entrySet().stream()
                .sorted((a, b) -> Long.compare(calls(b.getValue()), calls(a.getValue())))
                .map(entry -> List.of(
                        names.getOrDefault(entry.getKey(), entry.getKey()),
                        Long.toString(calls(entry.getValue())),
                        p95(entry.getValue())))
                .toList();
    }

    private static long calls(List<Timer> timers) {
        return timers.stream().mapToLong(Timer::count).sum();
    }

    /** The upper bound of the bucket the 95th percentile falls in, over all outcomes. */
    private static String p95(List<Timer> timers) {
        Map<Double, Double> counts = new TreeMap<>();
        long total = 0;
        for (Timer timer : timers) {
            HistogramSnapshot snapshot = timer.takeSnapshot();
            total += snapshot.count();
            for (CountAtBucket bucket : snapshot.histogramCounts()) {
                counts.merge(bucket.bucket(TimeUnit.MILLISECONDS), bucket.count(), Double::sum);
            }
        }
        if (total == 0) {
            return "–";
        }
        double wanted = 0.95 * total;
        for (Map.Entry<Double, Double> bucket : counts.entrySet()) {
            if (bucket.getValue() >= wanted) {
                return "≤ " + format(bucket.getKey()) + " ms";
            }
        }
        return "> 10 s";
    }

    /** An SVG polyline's points for the values, scaled to the chart; empty with fewer than two. */
    private static String points(List<Double> values) {
        if (values.size() < 2) {
            return "";
        }
        double max = Math.max(
                1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = (double) i * CHART_WIDTH / (SAMPLES - 1);
            double y = CHART_HEIGHT - values.get(i) / max * (CHART_HEIGHT - 4) - 2;
            points.append(i == 0 ? "" : " ").append("%.1f,%.1f".formatted(x, y));
        }
        return points.toString();
    }

    private static String format(double value) {
        return value >= 100 || value == Math.rint(value) ? "%.0f".formatted(value) : "%.1f".formatted(value);
    }
}
