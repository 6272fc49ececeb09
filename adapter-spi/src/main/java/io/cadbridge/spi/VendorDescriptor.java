package io.cadbridge.spi;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an adapter is and needs.
 *
 * @param name the value of an integration's {@code "vendor"}: lower case letters, digits and dashes
 * @param version the adapter's own version (semantic versioning, e.g. {@code 1.2.0})
 * @param spiVersion the {@link VendorAdapter#SPI_VERSION} it was built against
 * @param title what administrators read, e.g. {@code "HubSpot"}
 * @param settingsSchema a JSON Schema (draft 2020-12) of {@code vendorSettings}; the host checks it
 *     before {@link VendorAdapter#validate}
 * @param secrets the write-only values it needs, stored under the integration's {@code authentications}
 * @param capabilities what it looks up
 * @param defaultSave the {@code response.save} mapping used when the integration has none
 */
public record VendorDescriptor(
        String name,
        String version,
        int spiVersion,
        String title,
        JsonObject settingsSchema,
        List<SecretSetting> secrets,
        Set<Capability> capabilities,
        JsonObject defaultSave) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");

    public VendorDescriptor {
        requireNonNull(name, "name is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a vendor name has 1 to 40 lower case letters, digits and dashes, starting with a letter: " + name);
        }
        requireNonNull(version, "version is null");
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("the version of " + name + " is not semantic (1.2.3): " + version);
        }
        requireNonNull(title, "title is null");
        requireNonNull(settingsSchema, "settingsSchema is null");
        secrets = List.copyOf(requireNonNull(secrets, "secrets is null"));
        capabilities = Set.copyOf(requireNonNull(capabilities, "capabilities is null"));
        requireNonNull(defaultSave, "defaultSave is null");
    }
}
