package io.cadbridge.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When cadbridge was killed (kill -9, power loss of the JVM only), its embedded PostgreSQL keeps
 * running and holds the data directory. Called only while holding the {@link DataDirectoryLock}, so
 * such a server belongs to no live cadbridge: shut it down cleanly before starting a new one.
 */
final class OrphanedPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private OrphanedPostgres() {}

    static void stopIfRunning(Path postgresDirectory) {
        Optional<ProcessHandle> server = serverOf(postgresDirectory.resolve("postmaster.pid"));
        if (server.isEmpty()) {
            return;
        }
        LOG.warn(
                "Stopping the embedded PostgreSQL (pid {}) left running by a cadbridge that did not shut down",
                server.get().pid());
        CompletableFuture<ProcessHandle> exited = server.get().onExit();
        server.get().destroy();
        try {
            exited.get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new SettingsException(
                    "the embedded PostgreSQL (pid " + server.get().pid() + ") left by an earlier cadbridge in "
                            + postgresDirectory + " did not stop within " + SHUTDOWN_WAIT.toSeconds()
                            + " s; stop it by hand",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SettingsException("interrupted while stopping an earlier embedded PostgreSQL", e);
        }
    }

    /** The live postgres process named in postmaster.pid; empty when none (a stale file after a clean crash is fine). */
    private static Optional<ProcessHandle> serverOf(Path pidFile) {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                    .findFirst()
                    .orElse("")
                    .trim();
            return ProcessHandle.of(Long.parseLong(firstLine))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .command()
                            .map(command -> command.endsWith("postgres"))
                            .orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
