package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;

/** An integration's {@code "vendor"} and {@code "vendorSettings"}: which adapter makes its calls, and how. */
public record VendorBinding(String name, JsonObject settings) {

    public VendorBinding {
        requireNonNull(name, "name is null");
        requireNonNull(settings, "settings is null");
    }
}
