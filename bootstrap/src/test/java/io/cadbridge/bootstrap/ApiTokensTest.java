package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensTest {

    @TempDir
    Path dataDirectory;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void aGeneratedTokenIsShownOnceOnTheTerminal() {
        String token = resolve("text");

        assertThat(printed())
                .contains(token)
                .contains(dataDirectory.resolve(ApiTokens.FILE_NAME).toString());
        console.reset();
        assertThat(resolve("text")).isEqualTo(token);
        assertThat(printed()).isEmpty();
    }

    @Test
    void withJsonLogsAGeneratedTokenIsKeptButNotPrintedForTheConsoleIsTheLog() {
        String token = resolve("json");

        assertThat(printed())
                .contains(dataDirectory.resolve(ApiTokens.FILE_NAME).toString())
                .doesNotContain(token);
    }

    private String resolve(String logFormat) {
        ServiceSettings settings = ServiceSettings.fromEnvironment(
                Map.of("CADBRIDGE_DATA_DIR", dataDirectory.toString(), "CADBRIDGE_LOG_FORMAT", logFormat));
        return ApiTokens.resolve(settings, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
