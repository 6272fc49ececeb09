package io.cadbridge.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's heap: sampled every second with {@code jstat -gc} (the highest use seen) and read from
 * its GC log (the highest use right after a collection: what the service really keeps).
 */
final class HeapWatch implements AutoCloseable {

    /** Heap figures in MB; the pause figures come from the GC log. */
    record Heap(double maxSampledMb, double maxBeforeGcMb, double maxAfterGcMb, int pauses, double pauseMs) {

        double maxUsedMb() {
            return Math.max(maxSampledMb, maxBeforeGcMb);
        }
    }

    private static final List<String> USED_COLUMNS = List.of("S0U", "S1U", "EU", "OU");
    // e.g. "[12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 120M->31M(512M) 4.210ms"
    private static final Pattern PAUSE = Pattern.compile("Pause .* (\\d+)M->(\\d+)M\\(\\d+M\\) ([\\d.]+)ms");

    private final Process jstat;
    private final AtomicLong maxUsedKb = new AtomicLong();

    private HeapWatch(Process jstat) {
        this.jstat = jstat;
        Thread.startVirtualThread(this::readSamples);
    }

    static HeapWatch start(long pid) throws IOException {
        Path jstat = Path.of(ServiceProcess.javaCommand()).resolveSibling("jstat");
        return new HeapWatch(new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid), "1000")
                .redirectErrorStream(true)
                .start());
    }

    /** Stops sampling and reads the GC log. */
    Heap stop(Path gcLog) throws IOException {
        close();
        Heap fromLog = readGcLog(Files.readAllLines(gcLog));
        return new Heap(
                maxUsedKb.get() / 1024.0,
                fromLog.maxBeforeGcMb(),
                fromLog.maxAfterGcMb(),
                fromLog.pauses(),
                fromLog.pauseMs());
    }

    static Heap readGcLog(List<String> lines) {
        double maxBefore = 0;
        double maxAfter = 0;
        int pauses = 0;
        double pauseMs = 0;
        for (String line : lines) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find()) {
                maxBefore = Math.max(maxBefore, Double.parseDouble(pause.group(1)));
                maxAfter = Math.max(maxAfter, Double.parseDouble(pause.group(2)));
                pauses++;
                pauseMs += Double.parseDouble(pause.group(3));
            }
        }
        return new Heap(0, maxBefore, maxAfter, pauses, pauseMs);
    }

    /** jstat prints a header line, then one line of values (KB) per sample. */
    private void readSamples() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
            List<String> header = List.of(lines.readLine().strip().split("\\s+"));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] values = line.strip().split("\\s+");
                double used = USED_COLUMNS.stream()
                        .mapToDouble(column -> number(values[header.indexOf(column)]))
                        .sum();
                maxUsedKb.accumulateAndGet((long) used, Math::max);
            }
        } catch (IOException | RuntimeException e) {
            // jstat ends with the service or when stopped; the samples taken so far stand.
        }
    }

    private static double number(String value) {
        return value.equals("-") ? 0 : Double.parseDouble(value);
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
