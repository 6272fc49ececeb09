package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The integrations as event processing sees them: every integration, read again at most every
 * {@code maxAge}, so that a busy service does not ask the database for them on every event and
 * step. Saves and deletes through this repository take effect at once on this process; on other
 * processes sharing the database they take effect within {@code maxAge}. Reads by id for the
 * administration API always go to the repository. A {@code maxAge} of zero reads every time.
 */
public final class IntegrationSnapshot implements IntegrationRepository {

    /** The one entry of the cache: every integration, and the same by id. */
    private record All(List<Integration> list, Map<IntegrationId, Integration> byId) {
        static All of(List<Integration> integrations) {
            Map<IntegrationId, Integration> byId = new HashMap<>();
            integrations.forEach(integration -> byId.put(integration.id(), integration));
            return new All(List.copyOf(integrations), byId);
        }
    }

    private enum Key {
        ALL
    }

    private final IntegrationRepository repository;
    private final ReadThroughCache<Key, All> all;

    public IntegrationSnapshot(IntegrationRepository repository, Clock clock, Duration maxAge) {
        this.repository = requireNonNull(repository, "repository is null");
        this.all = new ReadThroughCache<>(clock, maxAge);
    }

    @Override
    public void save(Integration integration) {
        repository.save(integration);
        all.invalidate();
    }

    @Override
    public Optional<Integration> findById(IntegrationId id) {
        return repository.findById(id);
    }

    /** Every integration as of at most {@code maxAge} ago. */
    @Override
    public List<Integration> findAll() {
        return snapshot().list();
    }

    /** An integration from the snapshot: what event processing runs. */
    public Optional<Integration> find(IntegrationId id) {
        return Optional.ofNullable(snapshot().byId().get(id));
    }

    private All snapshot() {
        return all.get(Key.ALL, ignored -> All.of(repository.findAll()));
    }

    @Override
    public boolean delete(IntegrationId id) {
        boolean deleted = repository.delete(id);
        all.invalidate();
        return deleted;
    }
}
