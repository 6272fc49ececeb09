package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryIntegrationRepository implements IntegrationRepository {

    private final Map<IntegrationId, Integration> integrations = new ConcurrentHashMap<>();

    @Override
    public void save(Integration integration) {
        integrations.put(integration.id(), integration);
    }

    @Override
    public Optional<Integration> findById(IntegrationId id) {
        return Optional.ofNullable(integrations.get(id));
    }

    @Override
    public List<Integration> findAll() {
        return integrations.values().stream()
                .sorted(Comparator.comparingInt(Integration::ordinal).thenComparing(Integration::name))
                .toList();
    }

    @Override
    public boolean delete(IntegrationId id) {
        return integrations.remove(id) != null;
    }
}
