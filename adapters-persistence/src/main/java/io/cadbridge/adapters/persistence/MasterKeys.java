package io.cadbridge.adapters.persistence;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The key that seals secrets now, and the one before it while secrets are re-sealed after a rotation
 * ({@code CADBRIDGE_MASTER_KEY}, {@code CADBRIDGE_PREVIOUS_MASTER_KEY}).
 */
public record MasterKeys(MasterKey current, Optional<MasterKey> previous) {

    public MasterKeys {
        requireNonNull(current, "current is null");
        requireNonNull(previous, "previous is null");
    }

    public static MasterKeys of(MasterKey current) {
        return new MasterKeys(current, Optional.empty());
    }

    /** The key with this id, if it is one of the two. */
    Optional<MasterKey> withId(String id) {
        if (current.id().equals(id)) {
            return Optional.of(current);
        }
        return previous.filter(key -> key.id().equals(id));
    }
}
