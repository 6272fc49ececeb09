package io.cadbridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One scenario's figures as rows, printed for a reader and appended as a markdown block. */
record Report(Scenario scenario, Figures figures, Environment environment) {

    record Environment(String date, String machine, String jdk, String postgres, String maxInFlight, String command) {

        static Environment describe(String postgresVersion) throws IOException {
            String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .orElse("unknown CPU");
            return new Environment(
                    ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    Runtime.getRuntime().availableProcessors() + " cores (" + cpu + ")",
                    System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version"),
                    "PostgreSQL " + postgresVersion + " (embedded, fsync and synchronous_commit on)",
                    System.getenv().getOrDefault("CADBRIDGE_MAX_IN_FLIGHT", "default"),
                    System.getProperty("bench.command", "benchmarks/run"));
        }
    }

    private record Row(String label, String value) {}

    String text() {
        List<Row> rows = rows();
        int width = rows.stream().mapToInt(row -> row.label().length()).max().orElse(0);
        return rows.stream()
                .map(row -> "  " + row.label() + " ".repeat(width - row.label().length() + 2) + row.value())
                .collect(Collectors.joining("\n", "== " + title() + "\n", "\n"));
    }

    String markdown() {
        return rows().stream()
                .map(row -> "| " + row.label() + " | " + row.value().replace("|", "\\|") + " |")
                .collect(Collectors.joining(
                        "\n",
                        "### " + title() + "\n\n" + environment.date() + " · " + environment.machine() + " · "
                                + environment.jdk() + " · "
                                + environment.postgres() + " · CADBRIDGE_MAX_IN_FLIGHT " + environment.maxInFlight()
                                + "\n\n`" + environment.command() + "`\n\n| Figure | Value |\n|---|---|\n",
                        "\n\n"));
    }

    private String title() {
        return scenario.name() + ": " + scenario.load() + ", CRM latency "
                + scenario.crmLatency().toMillis() + " ms, maxConcurrentCalls "
                + (Scenario.maxConcurrentCalls().isPresent()
                        ? Scenario.maxConcurrentCalls().getAsInt() + " (tuned)"
                        : "default (the seed integration as configured)");
    }

    private List<Row> rows() {
        Figures f = figures;
        // From Kafka, "sent" is handed to the producer and "answered" is the broker's acknowledgement.
        boolean kafka = scenario.load() instanceof Load.Kafka;
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                "Target",
                scenario.target().description() + (scenario.target().isMet().test(f) ? " — met" : " — MISSED")));
        rows.add(new Row(
                kafka ? "Events produced / acknowledged by Kafka" : "Events sent / accepted",
                "%,d / %,d (answers by status: %s)".formatted(f.sent(), f.accepted(), f.statuses())));
        rows.add(new Row(
                kafka ? "Acknowledged by Kafka, events/s" : "Accepted (durable) events/s",
                "%,.0f".formatted(f.acceptedPerSecond())));
        rows.add(new Row(
                "Completed (CAD visible) events/s",
                "%,.0f (%,d done)".formatted(f.completedPerSecond(), f.completed())));
        rows.add(new Row(
                kafka ? "Producer acknowledgement" : "Answer time (client)",
                f.answer().inMillis()));
        rows.add(new Row("Event → CAD visible overhead", f.overhead().inMillis()));
        rows.add(new Row("Same, up to the commit", f.visible().inMillis()));
        rows.add(new Row("… send → accepted_at", f.accepting().inMillis()));
        rows.add(new Row("… accepted_at → run started", f.queued().inMillis()));
        rows.add(new Row("… CRM call beyond its latency", f.calling().inMillis()));
        rows.add(new Row("… run end → job finished_at", f.finishing().inMillis()));
        rows.add(new Row(
                "CRM calls / max in flight",
                "%,d / %,d".formatted(f.crm().calls(), f.crm().maxInFlight())));
        rows.add(new Row(
                "Service heap (-Xmx512m)",
                "max used %.0f MB (1 s samples %.0f MB), max after GC %.0f MB, %d GC pauses %.0f ms%s"
                        .formatted(
                                f.heap().maxUsedMb(),
                                f.heap().maxSampledMb(),
                                f.heap().maxAfterGcMb(),
                                f.heap().pauses(),
                                f.heap().pauseMs(),
                                f.outOfMemory() ? ", OutOfMemoryError in service.log" : "")));
        rows.add(new Row(
                "CPU, cores of " + f.cpu().cores(),
                ("service %.2f · PostgreSQL %.2f · " + (kafka ? "broker + producer + CRM" : "load generator + CRM")
                                + " %.2f · other %.2f · iowait %.2f")
                        .formatted(
                                f.cpu().service(),
                                f.cpu().postgres(),
                                f.cpu().benchmark(),
                                f.cpu().other(),
                                f.cpu().iowait())));
        rows.add(new Row(
                "CPU per accepted event", cpuPerEvent(kafka ? "broker + producer + CRM" : "load generator + CRM")));
        rows.add(new Row(
                "PostgreSQL per accepted event",
                "%.2f statements, %.2f commits, %.2f WAL fsyncs"
                        .formatted(
                                f.perAcceptedEvent(f.statements().calls()),
                                f.perAcceptedEvent(f.database().commits()),
                                f.perAcceptedEvent(f.database().walFsyncs()))));
        f.statements()
                .mostFrequent()
                .forEach(statement -> rows.add(new Row(
                        "… %.2f per event".formatted(f.perAcceptedEvent(statement.calls())),
                        abbreviated(statement.query()))));
        return rows;
    }

    /** CPU milliseconds per event of each party, and the rate at which the machine's cores would be full. */
    private String cpuPerEvent(String benchmarkJvm) {
        CpuWatch.Split cpu = figures.cpu();
        long events = figures.accepted();
        double service = cpu.millisPerEvent(cpu.service(), events);
        double postgres = cpu.millisPerEvent(cpu.postgres(), events);
        double benchmark = cpu.millisPerEvent(cpu.benchmark(), events);
        double total = service + postgres + benchmark;
        return ("service %.2f ms · PostgreSQL %.2f ms · " + benchmarkJvm
                        + " %.2f ms: %d cores are full at ≈ %,.0f events/s")
                .formatted(service, postgres, benchmark, cpu.cores(), total == 0 ? 0 : cpu.cores() * 1_000 / total);
    }

    private static String abbreviated(String query) {
        return query.length() <= 110 ? query : query.substring(0, 110) + "…";
    }
}
