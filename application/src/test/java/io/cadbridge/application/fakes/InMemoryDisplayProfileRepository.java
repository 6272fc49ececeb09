package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.DisplayProfileRepository;
import io.cadbridge.domain.display.DisplayProfile;
import io.cadbridge.domain.display.ProfileScope;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Display profiles in memory, by scope. */
public final class InMemoryDisplayProfileRepository implements DisplayProfileRepository {

    private final Map<ProfileScope, DisplayProfile> profiles = new ConcurrentHashMap<>();

    @Override
    public void save(ProfileScope scope, DisplayProfile profile) {
        profiles.put(scope, profile);
    }

    @Override
    public Optional<DisplayProfile> find(ProfileScope scope) {
        return Optional.ofNullable(profiles.get(scope));
    }
}
