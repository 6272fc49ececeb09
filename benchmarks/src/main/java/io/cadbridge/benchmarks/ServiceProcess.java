package io.cadbridge.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service under test, in a JVM of its own started from the built jar, as in production: 512 MB of
 * heap, its GC log in the run directory, its output in {@code service.log}.
 */
final class ServiceProcess implements AutoCloseable {

    static final String TOKEN = "benchmark-token-0123456789abcdef";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path runDirectory;

    private ServiceProcess(Process process, Path runDirectory) {
        this.process = process;
        this.runDirectory = runDirectory;
    }

    /** Starts the service on {@code port} against {@code database} and waits until it answers. */
    static ServiceProcess start(Path repository, Path runDirectory, BenchDatabase database, int port)
            throws IOException {
        return start(repository, runDirectory, database, port, Map.of());
    }

    /** The same, with {@code settings} (CADBRIDGE_* variables) on top of the benchmark's own. */
    static ServiceProcess start(
            Path repository, Path runDirectory, BenchDatabase database, int port, Map<String, String> settings)
            throws IOException {
        return start(repository, runDirectory, database, port, settings, List.of());
    }

    /** The same, with {@code jvmOptions} too (the AOT cache options of the warm-up benchmark). */
    static ServiceProcess start(
            Path repository,
            Path runDirectory,
            BenchDatabase database,
            int port,
            Map<String, String> settings,
            List<String> jvmOptions)
            throws IOException {
        Path bootstrap = repository.resolve("bootstrap/target");
        List<String> command = new ArrayList<>(List.of(
                javaCommand(),
                "-Xmx512m",
                "-Dguice_bytecode_gen_option=DISABLED",
                "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true",
                "-Xlog:gc:file=" + runDirectory.resolve("gc.log")));
        // e.g. -Dbench.service-jvm-options=-XX:StartFlightRecording=filename=service.jfr to profile the service.
        command.addAll(extraOptions());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                bootstrap.resolve("cadbridge.jar") + File.pathSeparator + bootstrap.resolve("lib") + File.separator
                        + "*",
                "io.cadbridge.bootstrap.Main"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(runDirectory.resolve("service.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("CADBRIDGE_HTTP_PORT", Integer.toString(port));
        environment.put(
                "CADBRIDGE_DATA_DIR", runDirectory.resolve("service-data").toString());
        environment.put("CADBRIDGE_API_TOKEN", TOKEN);
        environment.put("CADBRIDGE_ALLOW_HTTP", "true");
        // The benchmark CRM answers on this machine: the SSRF guard lets calls reach it.
        environment.put("CADBRIDGE_ALLOWED_TARGETS", "127.0.0.1");
        environment.put("CADBRIDGE_DB_URL", database.url());
        environment.put("CADBRIDGE_DB_USER", BenchDatabase.SERVICE_USER);
        environment.put("CADBRIDGE_DB_PASSWORD", BenchDatabase.PASSWORD);
        environment.putAll(settings);
        ServiceProcess service = new ServiceProcess(builder.start(), runDirectory);
        service.awaitHealthy(new ServiceApi(port, TOKEN));
        return service;
    }

    private static List<String> extraOptions() {
        String options = System.getProperty("bench.service-jvm-options", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** The java of this JVM: the benchmark runs on a JDK >= 21, and so does the service. */
    static String javaCommand() {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException("no java command"));
    }

    long pid() {
        return process.pid();
    }

    Path gcLog() {
        return runDirectory.resolve("gc.log");
    }

    boolean ranOutOfMemory() throws IOException {
        return Files.readString(runDirectory.resolve("service.log")).contains("OutOfMemoryError");
    }

    private void awaitHealthy(ServiceApi api) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!api.healthy()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IOException("the service did not start; see " + runDirectory.resolve("service.log"));
            }
            pause(Duration.ofMillis(200));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops the service as Ctrl-C would (its shutdown hook closes the pool), forcibly after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
