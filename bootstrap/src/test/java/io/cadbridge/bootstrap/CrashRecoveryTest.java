package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.adapters.http.AllowedTargets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user meets after a crash or a second start on the same data directory. */
class CrashRecoveryTest {

    private static final String TOKEN = "crash-recovery-test-token-0123";

    @TempDir
    Path dataDirectory;

    @Test
    void aPostgresLeftRunningByAKilledServiceIsStoppedBeforeTheNextStart() throws Exception {
        Path postgresDirectory = dataDirectory.resolve("postgres");
        Files.createDirectories(postgresDirectory);
        Process crashed = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PostgresLeftRunning.class.getName(),
                        postgresDirectory.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(crashed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(crashed.waitFor()).as(output).isZero();
        long orphanPid = Long.parseLong(Files.readAllLines(postgresDirectory.resolve("postmaster.pid"))
                .getFirst()
                .trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                .as("the orphan still runs")
                .contains(true);

        try (CadbridgeService service = start()) {
            assertThat(new ApiClient(service.apiPort(), TOKEN)
                            .get("/v1/integrations")
                            .status())
                    .isEqualTo(200);
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                    .as("the orphan was stopped")
                    .isNotEqualTo(Optional.of(true));
        }
    }

    @Test
    void aSecondServiceOnTheSameDataDirectoryIsRefusedWithAClearMessage() {
        try (CadbridgeService first = start()) {
            assertThatThrownBy(this::start)
                    .isInstanceOf(SettingsException.class)
                    .hasMessageContaining("another cadbridge")
                    .hasMessageContaining("CADBRIDGE_DATA_DIR");
            assertThat(new ApiClient(first.apiPort(), TOKEN)
                            .get("/v1/integrations")
                            .status())
                    .isEqualTo(200);
        }
    }

    private CadbridgeService start() {
        ServiceSettings settings = new ServiceSettings(0, dataDirectory, Optional.empty(), Optional.of(TOKEN), 0, true)
                .withAllowedTargets(AllowedTargets.LOOPBACK);
        return CadbridgeService.start(
                settings, false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
