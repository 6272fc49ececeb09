package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import java.util.List;

/**
 * What the domain needs to know of an installed vendor adapter to compile an integration that names
 * it: its default {@code save} mapping and the secrets it reads from {@code authentications}.
 */
public record VendorSpec(String name, JsonObject defaultSave, List<String> secretNames) {

    public VendorSpec {
        requireNonNull(name, "name is null");
        requireNonNull(defaultSave, "defaultSave is null");
        secretNames = List.copyOf(requireNonNull(secretNames, "secretNames is null"));
    }

    /** Stands in for an adapter that is not installed (any more): the runs say so, and nothing is saved by default. */
    public static VendorSpec missing(String name) {
        return new VendorSpec(name, JsonObject.EMPTY, List.of());
    }
}
