package io.cadbridge.bootstrap;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer token of the API: from {@code CADBRIDGE_API_TOKEN}, else the one kept in the data
 * directory, else a new one, generated on first start, stored and printed once (with JSON logs only
 * stored: the console is the log then).
 */
final class ApiTokens {

    static final String FILE_NAME = "api-token";

    private ApiTokens() {}

    static String resolve(ServiceSettings settings, PrintStream console) {
        if (settings.apiToken().isPresent()) {
            return settings.apiToken().get();
        }
        Path file = settings.dataDirectory().resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (stored.length() < ServiceSettings.MIN_TOKEN_LENGTH) {
                    throw new SettingsException(
                            file + " holds no valid API token; delete it to have a new one generated");
                }
                return stored;
            }
            String token = generate();
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            restrictToOwner(file);
            if (settings.logFormat() == LogFormat.JSON) {
                // The console is the log then, and logs are collected and kept: no secret goes there.
                console.println("Generated an API token, kept in " + file + " (read it there)");
            } else {
                console.println("Generated an API token, kept in " + file + " (shown only this once):");
                console.println("  " + token);
            }
            return token;
        } catch (IOException e) {
            throw new SettingsException("cannot read or write the API token file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String generate() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps the default permissions.
        }
    }
}
