package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.adapters.persistence.MasterKey;
import io.cadbridge.adapters.persistence.MasterKeys;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyFileTest {

    @TempDir
    Path dataDirectory;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @Test
    void withoutAKeyOneIsGeneratedOwnerOnlyOutsideTheDatabaseAndKept() throws Exception {
        MasterKeys first = resolve(Map.of());
        MasterKeys again = resolve(Map.of());

        Path file = dataDirectory.resolve(MasterKeyFile.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(file.getParent()).isEqualTo(dataDirectory);
        assertThat(again.current()).isEqualTo(first.current());
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains(first.current().id())
                .doesNotContain(first.current().base64());
    }

    @Test
    void aGivenKeyIsCurrentAndTheGeneratedOneBecomesThePrevious() {
        MasterKey generated = resolve(Map.of()).current();
        MasterKey given = MasterKey.generate(new SecureRandom());

        MasterKeys keys = resolve(Map.of("CADBRIDGE_MASTER_KEY", given.base64()));

        assertThat(keys.current()).isEqualTo(given);
        assertThat(keys.previous()).contains(generated);
    }

    @Test
    void aBadKeyIsRefusedByNameWithoutShowingIt() {
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_MASTER_KEY", "not-base64!")))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("CADBRIDGE_MASTER_KEY")
                .hasMessageNotContaining("not-base64!");
        assertThatThrownBy(() -> ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_PREVIOUS_MASTER_KEY", "c2hvcnQ=")))
                .hasMessageContaining("CADBRIDGE_PREVIOUS_MASTER_KEY")
                .hasMessageContaining("32 bytes");
        MasterKey key = MasterKey.generate(new SecureRandom());
        assertThat(ServiceSettings.fromEnvironment(Map.of("CADBRIDGE_MASTER_KEY", key.base64()))
                        .toString())
                .doesNotContain(key.base64())
                .contains(key.id());
    }

    private MasterKeys resolve(Map<String, String> environment) {
        Map<String, String> withDirectory = new java.util.HashMap<>(environment);
        withDirectory.put("CADBRIDGE_DATA_DIR", dataDirectory.toString());
        return MasterKeyFile.resolve(
                ServiceSettings.fromEnvironment(withDirectory), new PrintStream(console, true, StandardCharsets.UTF_8));
    }
}
