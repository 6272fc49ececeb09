package io.cadbridge.application.port.out;

import io.cadbridge.domain.display.DisplayProfile;
import io.cadbridge.domain.display.ProfileScope;
import java.util.Optional;

/** The display profiles, one per channel or queue. */
public interface DisplayProfileRepository {

    /** Replaces the scope's profile. */
    void save(ProfileScope scope, DisplayProfile profile);

    Optional<DisplayProfile> find(ProfileScope scope);
}
