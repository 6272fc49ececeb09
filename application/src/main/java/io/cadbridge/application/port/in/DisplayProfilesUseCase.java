package io.cadbridge.application.port.in;

import io.cadbridge.domain.display.DisplayProfile;
import io.cadbridge.domain.display.ProfileScope;

/** Administrators choose how the agent's view shows attached data, per channel and per queue. */
public interface DisplayProfilesUseCase {

    void configure(ProfileScope scope, DisplayProfile profile);

    /** The scope's profile; {@link DisplayProfile#EVERYTHING} when none was set. */
    DisplayProfile profile(ProfileScope scope);
}
