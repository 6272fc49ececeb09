package io.cadbridge.application.agent;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.DisplayProfilesUseCase;
import io.cadbridge.application.port.out.DisplayProfileRepository;
import io.cadbridge.domain.display.DisplayProfile;
import io.cadbridge.domain.display.ProfileScope;

/** Keeps the display profiles; a scope without one shows everything. */
public final class DisplayProfileService implements DisplayProfilesUseCase {

    private final DisplayProfileRepository profiles;

    public DisplayProfileService(DisplayProfileRepository profiles) {
        this.profiles = requireNonNull(profiles, "profiles is null");
    }

    @Override
    public void configure(ProfileScope scope, DisplayProfile profile) {
        profiles.save(scope, profile);
    }

    @Override
    public DisplayProfile profile(ProfileScope scope) {
        return profiles.find(scope).orElse(DisplayProfile.EVERYTHING);
    }
}
