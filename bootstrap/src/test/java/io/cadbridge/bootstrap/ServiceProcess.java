package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One cadbridge service in its own JVM, started from the test classpath on an external database,
 * so that it can be killed like a crashed process ({@code kill -9}) and started again on the same
 * port and data directory. Everything it prints goes to one log file across restarts.
 */
final class ServiceProcess implements AutoCloseable {

    static final String TOKEN = "process-test-token-0123456789abcdef";
    /** Starts the line this class writes into the log before each start; the rest is the process's own output. */
    private static final String START_MARKER = "==== start ";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    private ServiceProcess(String name, Map<String, String> environment, int port, Path log) {
        this.name = name;
        this.environment = environment;
        this.port = port;
        this.log = log;
    }

    /** Starts a service on {@code jdbcUrl} with its data directory and log under {@code workDirectory}, and waits until it is up. */
    static ServiceProcess start(String name, String jdbcUrl, Path workDirectory) {
        return start(name, jdbcUrl, workDirectory, Map.of());
    }

    /** The same, with {@code settings} (CADBRIDGE_* variables) added to or replacing the ones the tests' services share. */
    static ServiceProcess start(String name, String jdbcUrl, Path workDirectory, Map<String, String> settings) {
        requireNonNull(name, "name is null");
        int port = FreePort.find();
        Map<String, String> environment = new HashMap<>(Map.of(
                "CADBRIDGE_HTTP_PORT",
                Integer.toString(port),
                "CADBRIDGE_DATA_DIR",
                workDirectory.resolve(name + "-data").toString(),
                "CADBRIDGE_DB_URL",
                jdbcUrl,
                "CADBRIDGE_DB_USER",
                "postgres",
                "CADBRIDGE_DB_PASSWORD",
                "",
                "CADBRIDGE_API_TOKEN",
                TOKEN,
                "CADBRIDGE_ALLOW_HTTP",
                "true",
                "CADBRIDGE_ALLOWED_TARGETS",
                "127.0.0.1",
                // Processes that share a database share the key that seals its secrets.
                "CADBRIDGE_MASTER_KEY",
                "c2hhcmVkIGJ5IGV2ZXJ5IHRlc3Qgc2VydmljZSBwcm8="));
        environment.putAll(settings);
        ServiceProcess service = new ServiceProcess(name, environment, port, workDirectory.resolve(name + ".log"));
        service.launch();
        return service;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    ApiClient api() {
        return new ApiClient(port, TOKEN);
    }

    /** Kills the JVM without shutdown hooks, as {@code kill -9} does, and waits until it is gone. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    /** Starts the service again, same port, data directory and database, and waits until it is up. */
    void restart() {
        if (process.isAlive()) {
            kill();
        }
        launch();
    }

    /** Every line the process printed (standard output and error), across its starts. */
    List<String> printedLines() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith(START_MARKER))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    /** The last lines the process printed, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return name + " log (" + log + "), last lines:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return name + " log " + log + " unreadable: " + e.getMessage();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void launch() {
        starts++;
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-Dguice_bytecode_gen_option=DISABLED",
                        "-Dorg.jooq.no-logo=true",
                        "-Dorg.jooq.no-tips=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> processEnvironment = builder.environment();
        processEnvironment.keySet().removeIf(key -> key.startsWith("CADBRIDGE_"));
        processEnvironment.putAll(environment);
        try {
            Files.writeString(
                    log,
                    START_MARKER + starts + " of " + name + " ====\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitReady();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + " while starting\n" + logTail());
            }
            if (healthy()) {
                return;
            }
            Waiting.pause(Duration.ofMillis(100));
        }
        kill();
        throw new IllegalStateException(name + " was not ready after " + READY_TIMEOUT + "\n" + logTail());
    }

    private boolean healthy() {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/health"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    @Override
    public String toString() {
        return name + " (port " + port + ")";
    }
}
