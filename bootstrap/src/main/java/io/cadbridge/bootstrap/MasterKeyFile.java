package io.cadbridge.bootstrap;

import io.cadbridge.adapters.persistence.MasterKey;
import io.cadbridge.adapters.persistence.MasterKeys;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The master keys that seal the integrations' secrets: {@code CADBRIDGE_MASTER_KEY} (with
 * {@code CADBRIDGE_PREVIOUS_MASTER_KEY} while re-sealing after a rotation), else the key kept in
 * {@code $CADBRIDGE_DATA_DIR/master-key} — generated on first start, owner-only, beside (not inside)
 * the embedded database's directory. When a key is given and that file exists, the file's key is the
 * previous one, so that moving from the generated key to a managed one re-seals everything.
 */
final class MasterKeyFile {

    static final String FILE_NAME = "master-key";

    private MasterKeyFile() {}

    static MasterKeys resolve(ServiceSettings settings, PrintStream console) {
        Path file = settings.dataDirectory().resolve(FILE_NAME);
        try {
            Optional<MasterKey> stored = Files.exists(file) ? Optional.of(read(file)) : Optional.empty();
            if (settings.keys().current().isPresent()) {
                MasterKey current = settings.keys().current().get();
                return new MasterKeys(
                        current, settings.keys().previous().or(() -> stored.filter(key -> !key.equals(current))));
            }
            if (stored.isPresent()) {
                return new MasterKeys(stored.get(), settings.keys().previous());
            }
            MasterKey generated = MasterKey.generate(new SecureRandom());
            Files.writeString(file, generated.base64() + "\n", StandardCharsets.UTF_8);
            restrictToOwner(file);
            console.println("Generated the master key that seals integration secrets, kept in " + file + " (key id "
                    + generated.id() + "); back it up: without it the secrets cannot be read");
            return new MasterKeys(generated, settings.keys().previous());
        } catch (IOException e) {
            throw new SettingsException("cannot read or write the master key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static MasterKey read(Path file) throws IOException {
        try {
            return MasterKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(file + " holds no valid master key: " + e.getMessage());
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps the default permissions.
        }
    }
}
