package io.cadbridge.adapters.persistence;

import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Compiled integrations by id and row version, so templates are compiled when an integration
 * changes, not on every event. The row version (never reused, see V1) tells whether anyone saved it since.
 */
final class CompiledIntegrations {

    private record Compiled(long version, Integration integration) {}

    private final ConcurrentMap<IntegrationId, Compiled> byId = new ConcurrentHashMap<>();

    Optional<Integration> find(IntegrationId id, long version) {
        Compiled compiled = byId.get(id);
        return compiled != null && compiled.version() == version
                ? Optional.of(compiled.integration())
                : Optional.empty();
    }

    /** When concurrent readers race, the loser only costs one more compilation later. */
    void remember(Integration integration, long version) {
        byId.put(integration.id(), new Compiled(version, integration));
    }

    void forget(IntegrationId id) {
        byId.remove(id);
    }

    /** Drops integrations deleted elsewhere, so the cache does not grow forever. */
    void retainOnly(Set<IntegrationId> existing) {
        byId.keySet().retainAll(existing);
    }
}
