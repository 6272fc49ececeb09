package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An installed vendor adapter as administrators see it ({@code GET /v1/vendors}).
 *
 * @param secrets the values it reads from {@code authentications}, by name, with what each is
 * @param origin {@code built-in}, or the plugin directory it was loaded from
 */
public record VendorInfo(
        String name,
        String version,
        String title,
        JsonObject settingsSchema,
        Map<String, String> secrets,
        Set<String> capabilities,
        JsonObject defaultSave,
        String origin) {

    public VendorInfo {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(title, "title is null");
        requireNonNull(settingsSchema, "settingsSchema is null");
        secrets = Map.copyOf(requireNonNull(secrets, "secrets is null"));
        capabilities = Set.copyOf(requireNonNull(capabilities, "capabilities is null"));
        requireNonNull(defaultSave, "defaultSave is null");
        requireNonNull(origin, "origin is null");
    }

    public VendorSpec spec() {
        return new VendorSpec(name, defaultSave, List.copyOf(new TreeSet<>(secrets.keySet())));
    }
}
