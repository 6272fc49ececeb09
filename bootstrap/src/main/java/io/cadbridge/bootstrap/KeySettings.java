package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.persistence.MasterKey;
import java.util.Optional;

/**
 * The master keys given by the environment ({@code CADBRIDGE_MASTER_KEY},
 * {@code CADBRIDGE_PREVIOUS_MASTER_KEY}); without a current one, cadbridge keeps a generated key in
 * its data directory ({@link MasterKeyFile}). Printing them shows only their ids.
 */
record KeySettings(Optional<MasterKey> current, Optional<MasterKey> previous) {

    static final KeySettings NONE = new KeySettings(Optional.empty(), Optional.empty());

    KeySettings {
        requireNonNull(current, "current is null");
        requireNonNull(previous, "previous is null");
    }
}
